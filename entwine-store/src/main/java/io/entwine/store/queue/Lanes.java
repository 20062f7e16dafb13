package io.entwine.store.queue;

import io.entwine.store.errors.StoreException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps {@code sync_events.lane_head} exact: TRUE for the lowest-id unfinished event of each twin, FALSE elsewhere.
 * Every change to a twin's set of unfinished events (an enqueue, a move to DONE) holds the twin's row lock, so
 * they are serialised per twin and each sees the previous one committed; claims read the flag without locking.
 */
final class Lanes {
    /** Per twin, so the {@code (twin_id, id)} index is read in order and stops at the first unfinished event. */
    private static final String PROMOTE_HEAD = "UPDATE sync_events SET lane_head = TRUE WHERE lane_head = FALSE AND id ="
            + " (SELECT u.id FROM sync_events u WHERE u.twin_id = :twinId AND u.status IN ('PENDING', 'RUNNING', 'FAILED')"
            + " ORDER BY u.id LIMIT 1)";

    private final Handle handle;

    Lanes(Handle handle) {
        this.handle = handle;
    }

    /** Locks the twin rows in id order (one fixed order, so two lockers cannot deadlock); returns their connections. */
    Map<Long, String> lock(Collection<Long> twinIds) {
        Map<Long, String> locked = new TreeMap<>();
        handle.createQuery("SELECT id, connection_id FROM twins WHERE id IN (<ids>) ORDER BY id FOR UPDATE")
                .bindList("ids", new ArrayList<>(new TreeSet<>(twinIds)))
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("connection_id")))
                .forEach(row -> locked.put(row.getKey(), row.getValue()));
        return locked;
    }

    /** Locks the events' twins, checking each exists and belongs to the event's connection. */
    void lockForEnqueue(List<NewEvent> events) {
        Map<Long, String> expected = new TreeMap<>();
        for (NewEvent event : events) {
            String previous = expected.putIfAbsent(event.twinId(), event.connectionId());
            if (previous != null && !previous.equals(event.connectionId())) {
                throw new StoreException("enqueue: twin " + event.twinId() + " given with connections '" + previous
                        + "' and '" + event.connectionId() + "'");
            }
        }
        Map<Long, String> actual = lock(expected.keySet());
        for (Map.Entry<Long, String> want : expected.entrySet()) {
            String connection = actual.get(want.getKey());
            if (connection == null) {
                throw new StoreException("enqueue: twin " + want.getKey() + " does not exist");
            }
            if (!connection.equals(want.getValue())) {
                throw new StoreException("enqueue: twin " + want.getKey() + " belongs to connection '" + connection
                        + "', not '" + want.getValue() + "'");
            }
        }
    }

    /** Marks each twin's lowest unfinished event as its head (a no-op where it already is); twins must be locked. */
    void promoteHeads(List<Long> twinIds) {
        if (twinIds.size() == 1) {
            handle.createUpdate(PROMOTE_HEAD).bind("twinId", twinIds.get(0)).execute();
            return;
        }
        PreparedBatch batch = handle.prepareBatch(PROMOTE_HEAD);
        for (Long twinId : twinIds) batch.bind("twinId", twinId).add();
        batch.execute();
    }
}
