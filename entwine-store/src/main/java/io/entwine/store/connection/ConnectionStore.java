package io.entwine.store.connection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import io.entwine.store.internal.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Connections and their single-use invitation codes. Bound to one transaction (get it from
 * {@link io.entwine.store.StoreTx#connections()}); not thread-safe; every call is one or two blocking SQL
 * statements. Updates stamp {@code updated_at} from the database's clock and return whether the row existed.
 */
public final class ConnectionStore {
    private static final String COLUMNS =
            "id, name, peer_name, peer_url, secret, role, status, config_json, created_at, updated_at";

    private final Handle handle;
    private final Clock clock;

    public ConnectionStore(Handle handle, Clock clock) {
        this.handle = handle;
        this.clock = clock;
    }

    /**
     * Stores a new connection.
     *
     * @throws io.entwine.store.errors.StoreConflictException (at the end of the transaction) when the id or name is taken
     */
    public void insert(Connection connection) {
        handle.createUpdate("INSERT INTO connections (" + COLUMNS + ") VALUES (:id, :name, :peerName, :peerUrl, :secret,"
                        + " :role, :status, :configJson, :createdAt, :updatedAt)")
                .bind("id", connection.id())
                .bind("name", connection.name())
                .bind("peerName", connection.peerName())
                .bind("peerUrl", connection.peerUrl())
                .bind("secret", connection.secret())
                .bind("role", connection.role())
                .bind("status", connection.status())
                .bind("configJson", connection.configJson())
                .bind("createdAt", connection.createdAt())
                .bind("updatedAt", connection.updatedAt())
                .execute();
    }

    public Optional<Connection> find(String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM connections WHERE id = :id")
                .bind("id", id).map(ConnectionStore::map).findOne();
    }

    public Optional<Connection> findByName(String name) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM connections WHERE name = :name")
                .bind("name", name).map(ConnectionStore::map).findOne();
    }

    /** All connections, by name. */
    public List<Connection> list() {
        return handle.createQuery("SELECT " + COLUMNS + " FROM connections ORDER BY name")
                .map(ConnectionStore::map).list();
    }

    public boolean updatePeer(String id, String peerName, String peerUrl) {
        return handle.createUpdate("UPDATE connections SET peer_name = :peerName, peer_url = :peerUrl, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("peerName", peerName).bind("peerUrl", peerUrl).bind("now", clock.instant())
                .execute() == 1;
    }

    public boolean updateStatus(String id, ConnectionStatus status) {
        return handle.createUpdate("UPDATE connections SET status = :status, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("status", status).bind("now", clock.instant())
                .execute() == 1;
    }

    public boolean updateConfig(String id, String configJson) {
        return handle.createUpdate("UPDATE connections SET config_json = :json, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("json", configJson).bind("now", clock.instant())
                .execute() == 1;
    }

    /**
     * Stores an invitation: the hash of the code (never the code itself) for an existing connection.
     *
     * @throws io.entwine.store.errors.StoreConflictException (at the end of the transaction) when the hash is already stored
     */
    public void insertInvitation(String codeHash, String connectionId, Instant expiresAt) {
        handle.createUpdate("INSERT INTO invitations (code_hash, connection_id, expires_at) VALUES (:hash, :connectionId, :expiresAt)")
                .bind("hash", codeHash).bind("connectionId", connectionId).bind("expiresAt", expiresAt)
                .execute();
    }

    /**
     * Uses up an invitation: returns its connection id the first time it is presented before it expires, empty
     * when it is unknown, expired ({@code expiresAt <= now}) or already used. Race-safe: of concurrent callers
     * (threads or processes) exactly one gets the id.
     */
    public Optional<String> consumeInvitation(String codeHash, Instant now) {
        int consumed = handle.createUpdate("UPDATE invitations SET consumed_at = :now"
                        + " WHERE code_hash = :hash AND consumed_at IS NULL AND expires_at > :now")
                .bind("hash", codeHash).bind("now", now)
                .execute();
        if (consumed == 0) return Optional.empty();
        return handle.createQuery("SELECT connection_id FROM invitations WHERE code_hash = :hash")
                .bind("hash", codeHash).mapTo(String.class).findOne();
    }

    private static Connection map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Connection(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("peer_name"),
                rs.getString("peer_url"),
                rs.getBytes("secret"),
                ConnectionRole.valueOf(rs.getString("role")),
                ConnectionStatus.valueOf(rs.getString("status")),
                rs.getString("config_json"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
