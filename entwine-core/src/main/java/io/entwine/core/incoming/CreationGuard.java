package io.entwine.core.incoming;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps change detection from mistaking an entity the sync is creating for a new local entity.
 *
 * <p>Between the tracker's create call and the transaction that records the new key on the twin, the
 * tracker's webhook for the creation can arrive; if detection made a twin for that key first, the entity
 * would be synced back as new and duplicated on the other side. Creations hold the read side of a
 * node-wide lock (they run in parallel); detection takes the write side only when it must make a
 * new twin, so it waits until in-flight creations have recorded their keys. The lock is fair so
 * detection is not starved during a bulk initial sync. Single process only: with several processes on one
 * PostgreSQL database the same race needs the tracker-side origin marker.
 */
public final class CreationGuard {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /** Runs a create-and-record step; several may run at once. */
    public <T> T creating(Supplier<T> work) {
        var read = lock.readLock();
        read.lock();
        try {
            return work.get();
        } finally {
            read.unlock();
        }
    }

    /** Runs a step that makes new twins for detected entities, after in-flight creations finished. */
    public <T> T detectingNew(Supplier<T> work) {
        var write = lock.writeLock();
        write.lock();
        try {
            return work.get();
        } finally {
            write.unlock();
        }
    }
}
