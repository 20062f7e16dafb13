package io.entwine.store.conflict;

import io.entwine.store.internal.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Field conflicts. Bound to one transaction (get it from {@link io.entwine.store.StoreTx#conflicts()}); not
 * thread-safe; blocking SQL.
 */
public final class ConflictStore {
    private static final String COLUMNS = "id, connection_id, twin_id, field, local_value, base_value, remote_value, policy,"
            + " outcome, status, resolution, found_at, resolved_at";

    private final Handle handle;

    public ConflictStore(Handle handle) {
        this.handle = handle;
    }

    /** Records a conflict found now; {@code open} ones block their field until resolved. Returns its id. */
    public long record(String connectionId, long twinId, String field, String localValue, String baseValue, String remoteValue,
                       String policy, String outcome, boolean open, Instant now) {
        return handle.createUpdate("INSERT INTO field_conflicts (connection_id, twin_id, field, local_value, base_value, remote_value,"
                        + " policy, outcome, status, found_at, resolved_at) VALUES (:connectionId, :twinId, :field, :local, :base,"
                        + " :remote, :policy, :outcome, :status, :now, :resolvedAt)")
                .bind("connectionId", connectionId).bind("twinId", twinId).bind("field", field)
                .bind("local", localValue).bind("base", baseValue).bind("remote", remoteValue)
                .bind("policy", policy).bind("outcome", outcome)
                .bind("status", open ? FieldConflictRecord.OPEN : FieldConflictRecord.RESOLVED)
                .bind("now", now).bindByType("resolvedAt", open ? null : now, Instant.class)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The open conflicts of one twin (the fields they block). */
    public List<FieldConflictRecord> openFor(long twinId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM field_conflicts WHERE twin_id = :twinId AND status = 'OPEN' ORDER BY id")
                .bind("twinId", twinId).map(ConflictStore::map).list();
    }

    /** A blocked field saw a newer remote value: a later "keep remote" takes this one. */
    public void updateRemoteValue(long id, String remoteValue) {
        handle.createUpdate("UPDATE field_conflicts SET remote_value = :remote WHERE id = :id AND status = 'OPEN'")
                .bind("id", id).bind("remote", remoteValue).execute();
    }

    /** Conflicts by status ({@code OPEN}, {@code RESOLVED}; null: all), newest first, with {@code id < beforeId} (0: from the newest). */
    public List<FieldConflictRecord> list(String status, int limit, long beforeId) {
        String where = (status == null ? "1 = 1" : "status = :status") + (beforeId > 0 ? " AND id < :before" : "");
        var query = handle.createQuery("SELECT " + COLUMNS + " FROM field_conflicts WHERE " + where + " ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit);
        if (status != null) query.bind("status", status);
        if (beforeId > 0) query.bind("before", beforeId);
        return query.map(ConflictStore::map).list();
    }

    public Optional<FieldConflictRecord> find(long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM field_conflicts WHERE id = :id").bind("id", id)
                .map(ConflictStore::map).findOne();
    }

    /** Marks an open conflict resolved ({@code local} or {@code remote}); false when it was not open. */
    public boolean resolve(long id, String resolution, Instant now) {
        return handle.createUpdate("UPDATE field_conflicts SET status = 'RESOLVED', resolution = :resolution, resolved_at = :now"
                        + " WHERE id = :id AND status = 'OPEN'")
                .bind("id", id).bind("resolution", resolution).bind("now", now).execute() == 1;
    }

    private static FieldConflictRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new FieldConflictRecord(rs.getLong("id"), rs.getString("connection_id"), rs.getLong("twin_id"), rs.getString("field"),
                rs.getString("local_value"), rs.getString("base_value"), rs.getString("remote_value"), rs.getString("policy"),
                rs.getString("outcome"), rs.getString("status"), rs.getString("resolution"), Rows.instant(rs, "found_at"),
                Rows.instant(rs, "resolved_at"));
    }
}
