package io.entwine.store.bulk;

import io.entwine.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Bulk jobs and their progress. Bound to one transaction (get it from {@link io.entwine.store.StoreTx#bulkJobs()});
 * not thread-safe; blocking SQL. Updates stamp {@code updated_at} from the store's clock.
 */
public final class BulkJobStore {
    private static final String COLUMNS = "id, connection_id, kind, state, total, done, failed, request_json, message,"
            + " created_at, updated_at";

    private final Handle handle;
    private final Clock clock;

    public BulkJobStore(Handle handle, Clock clock) {
        this.handle = handle;
        this.clock = clock;
    }

    /** Stores a new RUNNING job with no progress yet and returns it. */
    public BulkJob create(String id, String connectionId, String kind, String requestJson) {
        var now = clock.instant();
        handle.createUpdate("INSERT INTO bulk_jobs (" + COLUMNS + ") VALUES (:id, :connectionId, :kind, :state, 0, 0, 0,"
                        + " :request, NULL, :now, :now)")
                .bind("id", id).bind("connectionId", connectionId).bind("kind", kind).bind("state", BulkJobState.RUNNING)
                .bind("request", requestJson).bind("now", now).execute();
        return find(id).orElseThrow();
    }

    public Optional<BulkJob> find(String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM bulk_jobs WHERE id = :id")
                .bind("id", id).map(BulkJobStore::map).findOne();
    }

    /** The latest {@code limit} jobs, newest first. */
    public List<BulkJob> list(int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM bulk_jobs ORDER BY created_at DESC, id LIMIT :limit")
                .bind("limit", limit).map(BulkJobStore::map).list();
    }

    /** Records progress of a job still RUNNING; false when it is not (finished or interrupted meanwhile). */
    public boolean progress(String id, int total, int done, int failed) {
        return handle.createUpdate("UPDATE bulk_jobs SET total = :total, done = :done, failed = :failed, updated_at = :now"
                        + " WHERE id = :id AND state = :running")
                .bind("id", id).bind("total", total).bind("done", done).bind("failed", failed)
                .bind("running", BulkJobState.RUNNING).bind("now", clock.instant()).execute() == 1;
    }

    /** Ends a RUNNING job in {@code state} with a closing message; false when it was not RUNNING. */
    public boolean finish(String id, BulkJobState state, String message) {
        if (state == BulkJobState.RUNNING) throw new IllegalArgumentException("finish: a job cannot finish RUNNING");
        return handle.createUpdate("UPDATE bulk_jobs SET state = :state, message = :message, updated_at = :now"
                        + " WHERE id = :id AND state = :running")
                .bind("id", id).bind("state", state).bind("message", message)
                .bind("running", BulkJobState.RUNNING).bind("now", clock.instant()).execute() == 1;
    }

    /**
     * Marks every RUNNING job INTERRUPTED with {@code message}. Returns how many were marked. Only right for a node
     * whose database no other process uses; see {@link #interruptStale} otherwise.
     */
    public int interruptRunning(String message) {
        return interruptStale(null, message);
    }

    /** The heartbeat of a job its process is still running: stamps {@code updated_at}; false when it is not RUNNING. */
    public boolean touch(String id) {
        return handle.createUpdate("UPDATE bulk_jobs SET updated_at = :now WHERE id = :id AND state = :running")
                .bind("id", id).bind("running", BulkJobState.RUNNING).bind("now", clock.instant()).execute() == 1;
    }

    /**
     * Marks RUNNING jobs whose last heartbeat or progress is older than {@code before} (all RUNNING jobs when null)
     * INTERRUPTED with {@code message}: their process stopped. Returns how many were marked.
     */
    public int interruptStale(Instant before, String message) {
        var update = handle.createUpdate("UPDATE bulk_jobs SET state = :interrupted, message = :message, updated_at = :now"
                        + " WHERE state = :running" + (before == null ? "" : " AND updated_at < :before"))
                .bind("interrupted", BulkJobState.INTERRUPTED).bind("message", message)
                .bind("running", BulkJobState.RUNNING).bind("now", clock.instant());
        if (before != null) update.bind("before", before);
        return update.execute();
    }

    private static BulkJob map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new BulkJob(
                rs.getString("id"),
                rs.getString("connection_id"),
                rs.getString("kind"),
                BulkJobState.valueOf(rs.getString("state")),
                rs.getInt("total"),
                rs.getInt("done"),
                rs.getInt("failed"),
                rs.getString("request_json"),
                rs.getString("message"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
