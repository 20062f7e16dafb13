package io.entwine.core.trigger;

import io.entwine.core.incoming.CreationGuard;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.store.Database;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings entities under sync on a connection: a twin for each (kept if there is one) and a local-change event unless
 * one is waiting already, all in one transaction. Twins that no longer sync (unsynced, deleted) are left alone.
 * Used by the periodic trigger sweep and by bulk "sync all matching now". New twins are made under the
 * {@link CreationGuard}, so an entity the sync is creating right now is never taken for a new local one.
 * Thread-safe; blocks on the database (and on in-flight creations).
 */
public final class MatchingSync {
    private final Database database;
    private final Clock clock;
    private final Runnable wake;
    private final CreationGuard creations;

    public MatchingSync(Database database, CreationGuard creations, Clock clock, Runnable wake) {
        this.database = database;
        this.creations = creations;
        this.clock = clock;
        this.wake = wake;
    }

    /** Returns the twin of each key (all of them, whether a change was queued or not), in the order given. */
    public Map<String, Twin> bringUnderSync(String connectionId, Collection<String> keys, String source) {
        Instant now = clock.instant();
        Map<String, Twin> twins = creations.detectingNew(() -> database.inTransaction(tx -> {
            Map<String, Twin> found = new LinkedHashMap<>();
            List<NewEvent> events = new ArrayList<>();
            for (String key : keys) {
                Twin twin = tx.twins().getOrCreateByLocalKey(connectionId, key, now);
                found.put(key, twin);
                if (twin.state() != TwinState.ACTIVE || tx.queue().hasPending(twin.id(), EventKind.LOCAL_CHANGE)) continue;
                events.add(new NewEvent(connectionId, twin.id(), EventKind.LOCAL_CHANGE,
                        MessageCodec.write(Map.of("key", key, "source", source)), null, now));
            }
            tx.queue().enqueueAll(events);
            return found;
        }));
        wake.run();
        return twins;
    }

    /** The keys among {@code keys} that have no twin on the connection yet. */
    public List<String> untwinned(String connectionId, Collection<String> keys) {
        return database.inTransaction(tx -> keys.stream()
                .filter(k -> tx.twins().findByLocalKey(connectionId, k).isEmpty()).toList());
    }
}
