package io.entwine.core.actions;

import io.entwine.api.replica.HubIssue;
import io.entwine.store.Database;
import io.entwine.store.StoreTx;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.queue.SyncEvent;
import io.entwine.store.twin.Twin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Parents before children. A received replica that names a parent ({@code replica.parentId}, or a {@code parentKey}
 * property set by the other side's rules) is applied only once the parent's twin has a local entity; until then
 * the apply fails with {@link ParentNotSyncedException} (the child's lane waits, entity level) and the wait is
 * recorded. When a twin gets its local entity or learns its remote key, the held events of the twins waiting for it
 * are retried at once ({@link #release}); no polling. Waits end when the child's apply goes through.
 *
 * <p>Thread-safe; each method is one short transaction or runs in the caller's.
 */
public final class ParentGate {
    private static final Logger log = LoggerFactory.getLogger(ParentGate.class);
    /** The extra replica property naming the parent by key, for rules that have a key rather than an id. */
    public static final String PARENT_KEY = "parentKey";

    private final Database database;
    private final Clock clock;

    public ParentGate(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The other side's id or key of the replica's parent; null when it names none. */
    public static String parentRef(HubIssue replica) {
        if (replica.getParentId() != null && !replica.getParentId().isBlank()) return replica.getParentId().trim();
        Object key = replica.extras().get(PARENT_KEY);
        return key == null || String.valueOf(key).isBlank() ? null : String.valueOf(key).trim();
    }

    /**
     * Passes when the replica names no parent or its parent has a local entity; otherwise records the wait and
     * throws.
     *
     * @throws ParentNotSyncedException when the parent's twin has no local entity yet
     */
    public void check(String connectionId, Twin child, HubIssue replica, String childRemoteKey) {
        String ref = parentRef(replica);
        if (ref == null) return;
        boolean ready = database.inTransaction(tx -> {
            if (synced(tx, connectionId, ref)) return true;
            tx.actions().waitForParent(child.id(), connectionId, ref, clock.instant());
            return false;
        });
        if (!ready) throw new ParentNotSyncedException(ref, childRemoteKey);
    }

    /**
     * In the caller's transaction: the twin named by {@code refs} (its remote key and id) now has a local entity and
     * a remote key, so the held events of the twins waiting for it are retried.
     */
    public static void release(StoreTx tx, String connectionId, Collection<String> refs) {
        List<String> named = refs.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
        for (long waiting : tx.actions().waitingFor(connectionId, named)) {
            if (retryHeld(tx, waiting)) log.info("parent {} synced: retrying the held events of twin {}", named, waiting);
        }
    }

    /**
     * After an event was held for its parent: when the parent arrived while the event was still running (its
     * release found nothing held), retries it now.
     */
    public void recheck(SyncEvent held) {
        database.useTransaction(tx -> {
            List<String> refs = tx.actions().waitsOf(held.twinId());
            if (refs.stream().anyMatch(ref -> synced(tx, held.connectionId(), ref)) && retryHeld(tx, held.twinId())) {
                log.info("parent of twin {} synced while its event {} ran: retrying it", held.twinId(), held.id());
            }
        });
    }

    private static boolean synced(StoreTx tx, String connectionId, String ref) {
        Optional<Twin> parent = StoreTwinLookup.byRemote(tx, connectionId, ref);
        return parent.isPresent() && parent.get().localKey() != null;
    }

    private static boolean retryHeld(StoreTx tx, long twinId) {
        boolean any = false;
        for (SyncEvent e : tx.queue().forTwin(twinId)) {
            if (e.status() == EventStatus.FAILED) any |= tx.queue().retry(e.id());
        }
        return any;
    }
}
