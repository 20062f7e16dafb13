package io.entwine.store.queue;

import io.entwine.store.dialect.Dialect;
import io.entwine.store.errors.StoreException;
import io.entwine.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * The durable sync queue. The lane is the twin: a twin's events run one at a time in id order, different twins
 * in parallel; a FAILED event holds its lane until {@link #retry} or {@link #skip}. Workers {@link #claim} events
 * under a lease, then finish each with {@link #complete}, {@link #retryLater} or {@link #fail}, which succeed only
 * for the current lease owner (a worker whose lease expired and was re-claimed gets {@code false} and must drop
 * its result). Claims are safe with several threads (H2, PostgreSQL) and several processes (PostgreSQL).
 *
 * <p>Lane changes (enqueue, and every move to DONE) lock the twin row first and then event rows; claims and the
 * other transitions lock event rows only. Keep that order in callers too (touch the twin before finishing its
 * event) to stay clear of deadlocks; if the database still reports one, the transaction fails with the retriable
 * {@link io.entwine.store.errors.StoreUnavailableException}.
 *
 * <p>Bound to one transaction (get it from {@link io.entwine.store.StoreTx#queue()}); not thread-safe; every call
 * blocks on SQL. Claim in its own short transaction and do the work outside it, so the RUNNING mark is
 * committed while the work runs.
 */
public final class QueueStore {
    /** Upper bound of one claim, so a misconfigured worker cannot lease the whole queue. */
    public static final int MAX_CLAIM = 1000;

    private static final String COLUMNS = "id, connection_id, twin_id, kind, status, payload, message_id, attempts,"
            + " next_attempt_at, lease_owner, lease_until, last_error, created_at, updated_at";
    private static final String INSERT = "INSERT INTO sync_events (connection_id, twin_id, kind, status, payload, message_id,"
            + " attempts, lane_head, next_attempt_at, created_at, updated_at)"
            + " VALUES (:connectionId, :twinId, :kind, 'PENDING', :payload, :messageId, 0, FALSE, :notBefore, :now, :now)";
    private static final String OWNED = " WHERE id = :id AND status = 'RUNNING' AND lease_owner = :owner";

    private final Handle handle;
    private final Dialect dialect;
    private final Clock clock;
    private final Lanes lanes;

    public QueueStore(Handle handle, Dialect dialect, Clock clock) {
        this.handle = handle;
        this.dialect = dialect;
        this.clock = clock;
        this.lanes = new Lanes(handle);
    }

    /**
     * Adds one PENDING event at the end of its twin's lane and returns its id. Locks the twin row until the
     * transaction ends: each twin's events then commit in id order, and the lane head is kept exact (see
     * {@link #complete}); a concurrent enqueuer or completer of the same twin waits for this transaction.
     *
     * @throws StoreException when the twin does not exist or belongs to another connection
     */
    public long enqueue(NewEvent event) {
        return enqueueAll(List.of(event)).get(0);
    }

    /** Adds events in one batch (ids returned in the same order); locks their twins in id order like {@link #enqueue}. */
    public List<Long> enqueueAll(List<NewEvent> events) {
        if (events.isEmpty()) return List.of();
        lanes.lockForEnqueue(events);
        Instant now = clock.instant();
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (NewEvent event : events) {
            batch.bind("connectionId", event.connectionId())
                    .bind("twinId", event.twinId())
                    .bind("kind", Objects.requireNonNull(event.kind(), "event kind"))
                    .bind("payload", event.payload())
                    .bind("messageId", event.messageId())
                    .bind("notBefore", event.notBefore() == null ? now : event.notBefore())
                    .bind("now", now)
                    .add();
        }
        List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
        if (ids.size() != events.size()) {
            throw new StoreException("enqueue: the database returned " + ids.size() + " ids for " + events.size() + " events");
        }
        lanes.promoteHeads(events.stream().map(NewEvent::twinId).distinct().toList());
        return ids;
    }

    /**
     * Leases up to {@code limit} due events to {@code owner} for {@code lease} from {@code now}: PENDING events whose
     * time has come and RUNNING events whose lease expired (a crashed or stalled worker's), each the head of its
     * twin's lane and of a connection that is neither PAUSED nor held by an open CONNECTION-level error (see
     * {@link io.entwine.store.errorlog.ErrorStore}); at most one per twin. They come back RUNNING, with the
     * attempt counted, in id order. May return fewer than available under contention (poll again).
     */
    public List<SyncEvent> claim(Instant now, int limit, String owner, Duration lease) {
        if (limit < 1 || limit > MAX_CLAIM) {
            throw new IllegalArgumentException("claim: limit must be 1.." + MAX_CLAIM + ", was " + limit);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("claim: lease must be positive, was " + lease);
        }
        Objects.requireNonNull(owner, "claim owner");
        List<Long> ids = dialect.claimEvents(handle, now, limit, owner, now.plus(lease));
        if (ids.isEmpty()) return List.of();
        return handle.createQuery("SELECT " + COLUMNS + " FROM sync_events WHERE id IN (<ids>) ORDER BY id")
                .bindList("ids", ids)
                .map(QueueStore::map).list();
    }

    /**
     * Ends every lease at {@code now}, so the next {@link #claim} takes the RUNNING events at once instead of after
     * their lease. Only for a database no live process works on (an embedded database being opened: whoever held
     * those leases is gone, killed or crashed); returns how many events were RUNNING.
     */
    public int expireLeases(Instant now) {
        return handle.createUpdate("UPDATE sync_events SET lease_until = :now, updated_at = :now"
                        + " WHERE status = 'RUNNING' AND (lease_until IS NULL OR lease_until > :now)")
                .bind("now", now)
                .execute();
    }

    /** Extends a running event's lease (a heartbeat for long work); false when {@code owner} no longer holds it. */
    public boolean extendLease(long id, String owner, Instant leaseUntil) {
        return handle.createUpdate("UPDATE sync_events SET lease_until = :leaseUntil, updated_at = :now" + OWNED)
                .bind("id", id).bind("owner", owner).bind("leaseUntil", leaseUntil).bind("now", clock.instant())
                .execute() == 1;
    }

    /**
     * Marks the event DONE and makes the next event of its twin the lane head; false when {@code owner} no longer
     * holds it. Locks the twin row (like {@link #enqueue}) until the transaction ends.
     */
    public boolean complete(long id, String owner) {
        return finish(id, EventStatus.DONE, "status = 'RUNNING' AND lease_owner = :owner", owner, "lease_until = NULL");
    }

    /**
     * Marks the event SKIPPED without its work having been done, with {@code note} (why) in {@code lastError}, so the
     * queue shows it was skipped; false when {@code owner} no longer holds it. Locks the twin row like {@link #complete}.
     */
    public boolean completeSkipped(long id, String owner, String note) {
        return finish(id, EventStatus.SKIPPED, "status = 'RUNNING' AND lease_owner = :owner", owner,
                "last_error = :note, lease_until = NULL", "skipped: " + note);
    }

    /**
     * Moves an event matching {@code condition} to its final status (DONE or SKIPPED) and promotes its lane's next event, under the twin's lock
     * taken first (the order every lane change uses: twin row, then event rows).
     */
    private boolean finish(long id, EventStatus finalStatus, String condition, String owner, String assignments) {
        return finish(id, finalStatus, condition, owner, assignments, null);
    }

    private boolean finish(long id, EventStatus finalStatus, String condition, String owner, String assignments, String note) {
        Optional<Long> twin = handle.createQuery("SELECT twin_id FROM sync_events WHERE id = :id")
                .bind("id", id).mapTo(Long.class).findOne();
        if (twin.isEmpty()) return false;
        lanes.lock(List.of(twin.get()));
        Update update = handle.createUpdate("UPDATE sync_events SET status = :finalStatus, lane_head = FALSE, " + assignments
                        + ", updated_at = :now WHERE id = :id AND " + condition)
                .bind("id", id).bind("finalStatus", finalStatus).bind("now", clock.instant());
        if (owner != null) update.bind("owner", owner);
        if (note != null) update.bind("note", note);
        int done = update.execute();
        if (done == 0) return false;
        lanes.promoteHeads(List.of(twin.get()));
        return true;
    }

    /**
     * {@link #complete} and, only if that succeeded, {@link #enqueueAll} the follow-up events (in the caller's
     * transaction, so both or neither happen).
     */
    public boolean completeAndEnqueue(long id, String owner, List<NewEvent> next) {
        if (!complete(id, owner)) return false;
        enqueueAll(next);
        return true;
    }

    /** Puts the event back to PENDING until {@code next}, keeping its lane blocked; false when {@code owner} no longer holds it. */
    public boolean retryLater(long id, String owner, Instant next, String error) {
        return handle.createUpdate("UPDATE sync_events SET status = 'PENDING', next_attempt_at = :next, last_error = :error,"
                        + " lease_owner = NULL, lease_until = NULL, updated_at = :now" + OWNED)
                .bind("id", id).bind("owner", owner).bind("next", next).bind("error", error).bind("now", clock.instant())
                .execute() == 1;
    }

    /** Marks the event FAILED: its lane waits until {@link #retry} or {@link #skip}; false when {@code owner} no longer holds it. */
    public boolean fail(long id, String owner, String error) {
        return handle.createUpdate("UPDATE sync_events SET status = 'FAILED', last_error = :error, lease_until = NULL,"
                        + " updated_at = :now" + OWNED)
                .bind("id", id).bind("owner", owner).bind("error", error).bind("now", clock.instant())
                .execute() == 1;
    }

    /**
     * Admin "retry": a FAILED (or waiting PENDING) event becomes PENDING and due now, attempts kept. False when the
     * event does not exist or is RUNNING or DONE.
     */
    public boolean retry(long id) {
        return handle.createUpdate("UPDATE sync_events SET status = 'PENDING', next_attempt_at = :now, lease_owner = NULL,"
                        + " lease_until = NULL, updated_at = :now WHERE id = :id AND status IN ('FAILED', 'PENDING')")
                .bind("id", id).bind("now", clock.instant())
                .execute() == 1;
    }

    /**
     * Admin "skip": a FAILED (or waiting PENDING) event becomes SKIPPED without running, unblocking its lane; the
     * note in {@code lastError} says so. False when the event does not exist or is RUNNING, DONE or SKIPPED.
     */
    public boolean skip(long id) {
        return finish(id, EventStatus.SKIPPED, "status IN ('FAILED', 'PENDING')", null,
                "last_error = CONCAT('skipped by an administrator; last error: ', COALESCE(last_error, 'none')), lease_until = NULL");
    }

    /** Events per status over the whole queue. */
    public QueueDepth depth() {
        return depth(handle.createQuery("SELECT status, COUNT(*) AS n FROM sync_events GROUP BY status"));
    }

    /** Events per status of one connection. */
    public QueueDepth depth(String connectionId) {
        return depth(handle.createQuery("SELECT status, COUNT(*) AS n FROM sync_events WHERE connection_id = :connectionId GROUP BY status")
                .bind("connectionId", connectionId));
    }

    private QueueDepth depth(Query query) {
        long[] counts = new long[EventStatus.values().length];
        query.map((rs, ctx) -> Map.entry(EventStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .forEach(row -> counts[row.getKey().ordinal()] = row.getValue());
        return new QueueDepth(counts[EventStatus.PENDING.ordinal()], counts[EventStatus.RUNNING.ordinal()],
                counts[EventStatus.FAILED.ordinal()], counts[EventStatus.DONE.ordinal()], counts[EventStatus.SKIPPED.ordinal()]);
    }

    /** Up to {@code limit} events in {@code status}, oldest first. */
    public List<SyncEvent> list(EventStatus status, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sync_events WHERE status = :status ORDER BY id LIMIT :limit")
                .bind("status", status).bind("limit", limit)
                .map(QueueStore::map).list();
    }

    /** Records which version of the connection's rules processed the event; false when the event does not exist. */
    public boolean recordRuleVersion(long id, int version) {
        return handle.createUpdate("UPDATE sync_events SET rule_version = :version WHERE id = :id")
                .bind("version", version).bind("id", id).execute() == 1;
    }

    /** The version of the rules that processed the event, when it was processed by rules. */
    public Optional<Integer> ruleVersion(long id) {
        List<Integer> found = handle.createQuery("SELECT rule_version FROM sync_events WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> {
                    int version = rs.getInt(1);
                    return rs.wasNull() ? null : version;
                }).list();
        return found.isEmpty() || found.get(0) == null ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * True when the twin has an event of this kind waiting to be claimed (PENDING, not yet running): change
     * detection then adds no second one, since the waiting event will read the entity's latest state anyway.
     */
    public boolean hasPending(long twinId, EventKind kind) {
        return handle.createQuery("SELECT COUNT(*) FROM sync_events WHERE twin_id = :twinId AND kind = :kind AND status = :status")
                .bind("twinId", twinId).bind("kind", kind).bind("status", EventStatus.PENDING)
                .mapTo(Long.class).one() > 0;
    }

    /** The twin's lane: all its stored events, in id order. */
    public List<SyncEvent> forTwin(long twinId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sync_events WHERE twin_id = :twinId ORDER BY id")
                .bind("twinId", twinId)
                .map(QueueStore::map).list();
    }

    public Optional<SyncEvent> find(long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sync_events WHERE id = :id")
                .bind("id", id).map(QueueStore::map).findOne();
    }

    /**
     * Deletes finished (DONE or SKIPPED) events last updated before {@code before}; returns how many. Unfinished
     * events are never deleted.
     */
    public int deleteDoneOlderThan(Instant before) {
        return handle.createUpdate("DELETE FROM sync_events WHERE status IN ('DONE', 'SKIPPED') AND updated_at < :before")
                .bind("before", before).execute();
    }

    private static SyncEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SyncEvent(
                rs.getLong("id"),
                rs.getString("connection_id"),
                rs.getLong("twin_id"),
                EventKind.valueOf(rs.getString("kind")),
                EventStatus.valueOf(rs.getString("status")),
                rs.getString("payload"),
                rs.getString("message_id"),
                rs.getInt("attempts"),
                Rows.instant(rs, "next_attempt_at"),
                rs.getString("lease_owner"),
                Rows.instant(rs, "lease_until"),
                rs.getString("last_error"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
