package io.entwine.store.action;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Bookkeeping of script actions. Bound to one transaction (get it from {@link io.entwine.store.StoreTx#actions()});
 * not thread-safe; blocking SQL. Every write is idempotent (repeating it changes nothing, also when raced).
 */
public final class ActionStore {
    private final Handle handle;

    public ActionStore(Handle handle) {
        this.handle = handle;
    }

    /** True when {@code step} of the event's actions was recorded as done. */
    public boolean stepDone(long eventId, String step) {
        return handle.createQuery("SELECT COUNT(*) FROM action_steps WHERE event_id = :eventId AND step = :step")
                .bind("eventId", eventId).bind("step", step).mapTo(Long.class).one() > 0;
    }

    /** Records {@code step} of the event's actions as done. */
    public void markStepDone(long eventId, String step, Instant now) {
        handle.createUpdate("INSERT INTO action_steps (event_id, step, done_at) VALUES (:eventId, :step, :now) ON CONFLICT DO NOTHING")
                .bind("eventId", eventId).bind("step", step).bind("now", now).execute();
    }

    /** Records that the twin waits for the local entity of the parent the other side names {@code parentRef}. */
    public void waitForParent(long twinId, String connectionId, String parentRef, Instant now) {
        handle.createUpdate("INSERT INTO parent_waits (twin_id, connection_id, parent_ref, since)"
                        + " VALUES (:twinId, :connectionId, :parentRef, :now) ON CONFLICT DO NOTHING")
                .bind("twinId", twinId).bind("connectionId", connectionId).bind("parentRef", parentRef).bind("now", now)
                .execute();
    }

    /**
     * The twins waiting for a parent named by one of {@code parentRefs}. Their waits stay until {@link #clearWaits}:
     * a waiting event that is still running when its parent arrives is found again once it is held.
     */
    public List<Long> waitingFor(String connectionId, Collection<String> parentRefs) {
        if (parentRefs.isEmpty()) return List.of();
        return handle.createQuery("SELECT DISTINCT twin_id FROM parent_waits WHERE connection_id = :connectionId"
                        + " AND parent_ref IN (<refs>) ORDER BY twin_id")
                .bind("connectionId", connectionId).bindList("refs", List.copyOf(parentRefs))
                .mapTo(Long.class).list();
    }

    /** The parents the twin waits for (empty when it waits for none). */
    public List<String> waitsOf(long twinId) {
        return handle.createQuery("SELECT parent_ref FROM parent_waits WHERE twin_id = :twinId ORDER BY parent_ref")
                .bind("twinId", twinId).mapTo(String.class).list();
    }

    /** Ends the twin's waits (its apply went through, or an admin skipped it). */
    public void clearWaits(long twinId) {
        handle.createUpdate("DELETE FROM parent_waits WHERE twin_id = :twinId").bind("twinId", twinId).execute();
    }

    /** Records the other side's internal id of the twin's remote entity; an id already recorded keeps its twin. */
    public void recordRemoteId(String connectionId, long twinId, String remoteId) {
        handle.createUpdate("INSERT INTO twin_remote_ids (connection_id, remote_id, twin_id) VALUES (:connectionId, :remoteId, :twinId)"
                        + " ON CONFLICT DO NOTHING")
                .bind("connectionId", connectionId).bind("remoteId", remoteId).bind("twinId", twinId).execute();
    }

    /** The twin whose remote entity has this internal id. */
    public Optional<Long> twinByRemoteId(String connectionId, String remoteId) {
        return handle.createQuery("SELECT twin_id FROM twin_remote_ids WHERE connection_id = :connectionId AND remote_id = :remoteId")
                .bind("connectionId", connectionId).bind("remoteId", remoteId).mapTo(Long.class).findOne();
    }

    /** The recorded remote id of the twin, when one was recorded. */
    public Optional<String> remoteIdOf(long twinId) {
        return handle.createQuery("SELECT remote_id FROM twin_remote_ids WHERE twin_id = :twinId ORDER BY remote_id")
                .bind("twinId", twinId).mapTo(String.class).findFirst();
    }
}
