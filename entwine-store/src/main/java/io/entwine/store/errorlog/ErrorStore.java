package io.entwine.store.errorlog;

import io.entwine.store.errors.StoreUnavailableException;
import io.entwine.store.internal.Rows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The error log admins work from. Recording the same error again while it is open (same level, connection, twin,
 * event and message) bumps its count and last-seen time instead of adding a row, also when raced. Bound to one
 * transaction (get it from {@link io.entwine.store.StoreTx#errors()}); not thread-safe; blocking SQL.
 */
public final class ErrorStore {
    private static final String COLUMNS = "id, level, connection_id, twin_id, event_id, message, script_name, script_line,"
            + " stack_trace, first_seen, last_seen, occurrences, status";
    private static final int RECORD_ATTEMPTS = 5;

    private final Handle handle;

    public ErrorStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * Records the error and returns its id: the id of the matching open error (now seen once more, with this stack
     * trace) or of a new OPEN one.
     */
    public long record(NewError error, Instant now) {
        Objects.requireNonNull(error.level(), "error level");
        Objects.requireNonNull(error.message(), "error message");
        String openKey = openKey(error);
        for (int attempt = 1; attempt <= RECORD_ATTEMPTS; attempt++) {
            Optional<Long> open = handle.createQuery("SELECT id FROM sync_errors WHERE open_key = :key")
                    .bind("key", openKey).mapTo(Long.class).findOne();
            if (open.isPresent()) {
                int bumped = handle.createUpdate("UPDATE sync_errors SET occurrences = occurrences + 1, last_seen = :now,"
                                + " stack_trace = COALESCE(:stackTrace, stack_trace) WHERE id = :id AND open_key = :key")
                        .bind("id", open.get()).bind("key", openKey).bind("now", now).bind("stackTrace", error.stackTrace())
                        .execute();
                if (bumped == 1) return open.get();
                continue; // resolved meanwhile: record a new one
            }
            int inserted = handle.createUpdate("INSERT INTO sync_errors (level, connection_id, twin_id, event_id, message,"
                            + " script_name, script_line, stack_trace, first_seen, last_seen, occurrences, status, open_key)"
                            + " VALUES (:level, :connectionId, :twinId, :eventId, :message, :scriptName, :scriptLine, :stackTrace,"
                            + " :now, :now, 1, 'OPEN', :key) ON CONFLICT DO NOTHING")
                    .bind("level", error.level())
                    .bind("connectionId", error.connectionId())
                    .bind("twinId", error.twinId())
                    .bind("eventId", error.eventId())
                    .bind("message", error.message())
                    .bind("scriptName", error.scriptName())
                    .bind("scriptLine", error.scriptLine())
                    .bind("stackTrace", error.stackTrace())
                    .bind("now", now)
                    .bind("key", openKey)
                    .execute();
            if (inserted == 1) {
                return handle.createQuery("SELECT id FROM sync_errors WHERE open_key = :key")
                        .bind("key", openKey).mapTo(Long.class).one();
            }
        }
        throw new StoreUnavailableException("record error '" + error.message() + "': lost " + RECORD_ATTEMPTS
                + " races with concurrent writers of the same error; will succeed on retry", null);
    }

    /** Up to {@code limit} errors in {@code status}, most recently seen first. */
    public List<SyncError> list(ErrorStatus status, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sync_errors WHERE status = :status"
                        + " ORDER BY last_seen DESC, id DESC LIMIT :limit")
                .bind("status", status).bind("limit", limit)
                .map(ErrorStore::map).list();
    }

    /** Up to {@code limit} errors matching {@code filter}, most recently seen first. */
    public List<SyncError> list(ErrorFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM sync_errors WHERE 1 = 1");
        if (filter.status() != null) sql.append(" AND status = :status");
        if (filter.level() != null) sql.append(" AND level = :level");
        if (filter.connectionId() != null) sql.append(" AND connection_id = :connectionId");
        sql.append(" ORDER BY last_seen DESC, id DESC LIMIT :limit");
        var query = handle.createQuery(sql.toString()).bind("limit", limit);
        if (filter.status() != null) query.bind("status", filter.status());
        if (filter.level() != null) query.bind("level", filter.level());
        if (filter.connectionId() != null) query.bind("connectionId", filter.connectionId());
        return query.map(ErrorStore::map).list();
    }

    /**
     * The open errors of one level on one connection, oldest first: for {@link ErrorLevel#CONNECTION} these are what
     * holds the connection (no event of it is claimed while any is open).
     */
    public List<SyncError> openOn(String connectionId, ErrorLevel level) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sync_errors WHERE connection_id = :connectionId"
                        + " AND level = :level AND status = 'OPEN' ORDER BY id")
                .bind("connectionId", connectionId).bind("level", level)
                .map(ErrorStore::map).list();
    }

    public Optional<SyncError> find(long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sync_errors WHERE id = :id")
                .bind("id", id).map(ErrorStore::map).findOne();
    }

    /** Resolves an open error; false when it does not exist or is already resolved. */
    public boolean resolve(long id, Instant now) {
        return handle.createUpdate("UPDATE sync_errors SET status = 'RESOLVED', resolved_at = :now, open_key = NULL"
                        + " WHERE id = :id AND status = 'OPEN'")
                .bind("id", id).bind("now", now).execute() == 1;
    }

    /** Resolves every open error of the event (after it was retried successfully or skipped); returns how many. */
    public int resolveForEvent(long eventId, Instant now) {
        return handle.createUpdate("UPDATE sync_errors SET status = 'RESOLVED', resolved_at = :now, open_key = NULL"
                        + " WHERE event_id = :eventId AND status = 'OPEN'")
                .bind("eventId", eventId).bind("now", now).execute();
    }

    public long countOpen() {
        return handle.createQuery("SELECT COUNT(*) FROM sync_errors WHERE status = 'OPEN'").mapTo(Long.class).one();
    }

    /** SHA-256 of the identifying fields, each length-prefixed so no two different errors share a key. */
    static String openKey(NewError error) {
        StringBuilder canonical = new StringBuilder();
        for (Object part : new Object[] {error.level(), error.connectionId(), error.twinId(), error.eventId(), error.message()}) {
            if (part == null) {
                canonical.append("-;");
            } else {
                String text = part.toString();
                canonical.append(text.length()).append(':').append(text).append(';');
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static SyncError map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SyncError(
                rs.getLong("id"),
                ErrorLevel.valueOf(rs.getString("level")),
                rs.getString("connection_id"),
                Rows.nullableLong(rs, "twin_id"),
                Rows.nullableLong(rs, "event_id"),
                rs.getString("message"),
                rs.getString("script_name"),
                Rows.nullableInt(rs, "script_line"),
                rs.getString("stack_trace"),
                Rows.instant(rs, "first_seen"),
                Rows.instant(rs, "last_seen"),
                rs.getInt("occurrences"),
                ErrorStatus.valueOf(rs.getString("status")));
    }
}
