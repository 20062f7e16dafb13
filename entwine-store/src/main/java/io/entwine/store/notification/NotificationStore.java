package io.entwine.store.notification;

import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * What admins have been told about errors, and the digests delivered to them. A digest run takes
 * {@link #lockDigests()} first, so runs of several processes sharing a database follow each other and never report
 * the same errors twice. Bound to one transaction (get it from {@link io.entwine.store.StoreTx#notifications()});
 * not thread-safe; blocking SQL.
 */
public final class NotificationStore {
    private final Handle handle;

    public NotificationStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * Locks the digest run until this transaction ends; blocks while another transaction holds it (on H2 up to the
     * database's lock timeout, then fails with a retriable {@link io.entwine.store.errors.StoreUnavailableException}).
     */
    public void lockDigests() {
        handle.createQuery("SELECT singleton FROM notification_lock WHERE singleton = 1 FOR UPDATE").mapTo(Integer.class).one();
    }

    /** The highest error id recorded so far (0 when none): the {@link DueCriteria#upToErrorId()} of a digest. */
    public long lastErrorId() {
        return handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM sync_errors").mapTo(Long.class).one();
    }

    /** The due errors counted per level and connection, in no particular order. */
    public List<DueGroup> dueGroups(DueCriteria due) {
        String sql = "SELECT e.level, e.connection_id, c.name AS connection_name, COUNT(*) AS errors,"
                + " SUM(CASE WHEN e.notified_at IS NULL THEN 1 ELSE 0 END) AS new_errors, SUM(e.occurrences) AS occurrences,"
                + " MIN(e.first_seen) AS first_seen, MAX(e.last_seen) AS last_seen"
                + " FROM sync_errors e LEFT JOIN connections c ON c.id = e.connection_id"
                + " WHERE " + duePredicate("e.")
                + " GROUP BY e.level, e.connection_id, c.name";
        return bindDue(handle.createQuery(sql), due).map(NotificationStore::group).list();
    }

    /**
     * Up to {@code limit} due errors of one group ({@code connectionId} null: errors outside any connection): those
     * admins were never told about first, then the most frequent, then the most recently seen.
     */
    public List<DueError> dueErrors(DueCriteria due, ErrorLevel level, String connectionId, int limit) {
        Objects.requireNonNull(level, "level");
        String sql = "SELECT e.id, e.level, e.connection_id, c.name AS connection_name, e.twin_id, t.local_key, t.remote_key,"
                + " e.event_id, e.message, e.script_name, e.script_line, e.occurrences, e.first_seen, e.last_seen, e.notified_at"
                + " FROM sync_errors e LEFT JOIN connections c ON c.id = e.connection_id LEFT JOIN twins t ON t.id = e.twin_id"
                + " WHERE " + duePredicate("e.") + " AND e.level = :level"
                + (connectionId == null ? " AND e.connection_id IS NULL" : " AND e.connection_id = :connectionId")
                + " ORDER BY CASE WHEN e.notified_at IS NULL THEN 0 ELSE 1 END, e.occurrences DESC, e.last_seen DESC, e.id"
                + " LIMIT :limit";
        var query = bindDue(handle.createQuery(sql), due).bind("level", level).bind("limit", limit);
        if (connectionId != null) query.bind("connectionId", connectionId);
        return query.map(NotificationStore::error).list();
    }

    /**
     * Marks every due error as told about at {@code now} (and as reported persisting when it was first seen at
     * {@link DueCriteria#persistingSince()} or earlier); returns how many. Call once the digest was delivered.
     */
    public int markNotified(DueCriteria due, Instant now) {
        String sql = "UPDATE sync_errors SET notified_at = :now,"
                + " notified_persisting = CASE WHEN first_seen <= :persistingSince THEN TRUE ELSE FALSE END"
                + " WHERE " + duePredicate("");
        return bindDue(handle.createUpdate(sql), due).bind("now", now).execute();
    }

    /** When the digests delivered after {@code since} were sent, oldest first. */
    public List<Instant> digestsSentAfter(Instant since) {
        return handle.createQuery("SELECT sent_at FROM notification_digests WHERE sent_at > :since ORDER BY sent_at")
                .bind("since", since)
                .map((rs, ctx) -> Rows.instant(rs, "sent_at")).list();
    }

    /** Records a delivered digest reporting {@code errors} errors. */
    public void recordDigest(Instant sentAt, int errors) {
        handle.createUpdate("INSERT INTO notification_digests (sent_at, errors) VALUES (:sentAt, :errors)")
                .bind("sentAt", sentAt).bind("errors", errors).execute();
    }

    /** Forgets digests sent at {@code before} or earlier (the rate limit no longer counts them); returns how many. */
    public int forgetDigestsSentUntil(Instant before) {
        return handle.createUpdate("DELETE FROM notification_digests WHERE sent_at <= :before").bind("before", before).execute();
    }

    private static String duePredicate(String alias) {
        String e = alias;
        return "(" + e + "status = 'OPEN' AND " + e + "id <= :upToErrorId AND ("
                + "(" + e + "notified_at IS NULL AND " + e + "level <> 'INSTANCE')"
                + " OR (" + e + "first_seen <= :persistingSince AND (" + e + "notified_at IS NULL"
                + " OR " + e + "notified_persisting = FALSE OR " + e + "notified_at <= :remindSince))))";
    }

    private static <S extends SqlStatement<S>> S bindDue(S statement, DueCriteria due) {
        return statement.bind("upToErrorId", due.upToErrorId())
                .bind("persistingSince", due.persistingSince())
                .bind("remindSince", due.remindSince());
    }

    private static DueGroup group(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DueGroup(
                ErrorLevel.valueOf(rs.getString("level")),
                rs.getString("connection_id"),
                rs.getString("connection_name"),
                rs.getLong("errors"),
                rs.getLong("new_errors"),
                rs.getLong("occurrences"),
                Rows.instant(rs, "first_seen"),
                Rows.instant(rs, "last_seen"));
    }

    private static DueError error(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DueError(
                rs.getLong("id"),
                ErrorLevel.valueOf(rs.getString("level")),
                rs.getString("connection_id"),
                rs.getString("connection_name"),
                Rows.nullableLong(rs, "twin_id"),
                rs.getString("local_key"),
                rs.getString("remote_key"),
                Rows.nullableLong(rs, "event_id"),
                rs.getString("message"),
                rs.getString("script_name"),
                Rows.nullableInt(rs, "script_line"),
                rs.getInt("occurrences"),
                Rows.instant(rs, "first_seen"),
                Rows.instant(rs, "last_seen"),
                Rows.instant(rs, "notified_at"));
    }
}
