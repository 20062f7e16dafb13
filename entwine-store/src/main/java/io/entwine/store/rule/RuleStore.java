package io.entwine.store.rule;

import io.entwine.store.errors.StoreException;
import io.entwine.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Versioned rules (scripts) per connection and direction; exactly one version is active once any is published.
 * Bound to one transaction (get it from {@link io.entwine.store.StoreTx#rules()}); not thread-safe; blocking SQL.
 */
public final class RuleStore {
    private static final String COLUMNS = "connection_id, direction, version, script, created_at, active";

    private final Handle handle;

    public RuleStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * Publishes {@code script} as the next version and makes it the active one (the previous active version stays
     * stored, inactive). Concurrent publishers for one connection are serialised on the connection row.
     *
     * @throws StoreException when the connection does not exist
     */
    public RuleVersion publish(String connectionId, Direction direction, String script, Instant now) {
        handle.createQuery("SELECT id FROM connections WHERE id = :id FOR UPDATE")
                .bind("id", connectionId).mapTo(String.class).findOne()
                .orElseThrow(() -> new StoreException("publish " + direction + " rules: connection '" + connectionId + "' does not exist"));
        int next = handle.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM rule_versions"
                        + " WHERE connection_id = :connectionId AND direction = :direction")
                .bind("connectionId", connectionId).bind("direction", direction)
                .mapTo(Integer.class).one();
        handle.createUpdate("UPDATE rule_versions SET active = FALSE"
                        + " WHERE connection_id = :connectionId AND direction = :direction AND active")
                .bind("connectionId", connectionId).bind("direction", direction)
                .execute();
        RuleVersion version = new RuleVersion(connectionId, direction, next, script, now, true);
        handle.createUpdate("INSERT INTO rule_versions (" + COLUMNS + ")"
                        + " VALUES (:connectionId, :direction, :version, :script, :createdAt, TRUE)")
                .bind("connectionId", connectionId).bind("direction", direction).bind("version", next)
                .bind("script", script).bind("createdAt", now)
                .execute();
        return version;
    }

    public Optional<RuleVersion> active(String connectionId, Direction direction) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM rule_versions"
                        + " WHERE connection_id = :connectionId AND direction = :direction AND active")
                .bind("connectionId", connectionId).bind("direction", direction)
                .map(RuleStore::map).findOne();
    }

    /** All versions, newest first. */
    public List<RuleVersion> versions(String connectionId, Direction direction) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM rule_versions"
                        + " WHERE connection_id = :connectionId AND direction = :direction ORDER BY version DESC")
                .bind("connectionId", connectionId).bind("direction", direction)
                .map(RuleStore::map).list();
    }

    private static RuleVersion map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RuleVersion(
                rs.getString("connection_id"),
                Direction.valueOf(rs.getString("direction")),
                rs.getInt("version"),
                rs.getString("script"),
                Rows.instant(rs, "created_at"),
                rs.getBoolean("active"));
    }
}
