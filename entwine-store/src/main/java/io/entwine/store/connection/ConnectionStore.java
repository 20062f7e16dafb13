package io.entwine.store.connection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.entwine.store.crypto.SecretCipher;
import io.entwine.store.errors.SecretUnreadableException;
import io.entwine.store.internal.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Connections and their single-use invitation codes. Bound to one transaction (get it from
 * {@link io.entwine.store.StoreTx#connections()}); not thread-safe; every call is one or two blocking SQL
 * statements. Updates stamp {@code updated_at} from the database's clock and return whether the row existed.
 * Secrets are sealed with the node's key before they are written and opened when read; a secret that does not
 * open fails the read with {@link SecretUnreadableException}.
 */
public final class ConnectionStore {
    private static final String COLUMNS =
            "id, name, peer_name, peer_url, secret_sealed, role, status, config_json, created_at, updated_at";

    private final Handle handle;
    private final Clock clock;
    private final SecretCipher cipher;

    /** {@code cipher} seals secrets on write and opens them on read: the database only ever holds them sealed. */
    public ConnectionStore(Handle handle, Clock clock, SecretCipher cipher) {
        this.handle = handle;
        this.clock = clock;
        this.cipher = cipher;
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
                .bind("secret", connection.secret() == null ? null : cipher.seal(connection.secret(), secretContext(connection.id())))
                .bind("role", connection.role())
                .bind("status", connection.status())
                .bind("configJson", connection.configJson())
                .bind("createdAt", connection.createdAt())
                .bind("updatedAt", connection.updatedAt())
                .execute();
    }

    public Optional<Connection> find(String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM connections WHERE id = :id")
                .bind("id", id).map(this::map).findOne();
    }

    public Optional<Connection> findByName(String name) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM connections WHERE name = :name")
                .bind("name", name).map(this::map).findOne();
    }

    /** All connections, by name. */
    public List<Connection> list() {
        return handle.createQuery("SELECT " + COLUMNS + " FROM connections ORDER BY name")
                .map(this::map).list();
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

    /** Connections whose secret is stored sealed. */
    public int countSealedSecrets() {
        return handle.createQuery("SELECT COUNT(*) FROM connections WHERE secret_sealed IS NOT NULL").mapTo(Integer.class).one();
    }

    /** Whether this store's key opens the stored secrets (tries one; true when there is none). */
    public boolean keyOpensSecrets() {
        Optional<Map.Entry<String, byte[]>> one = handle.createQuery("SELECT id, secret_sealed FROM connections"
                        + " WHERE secret_sealed IS NOT NULL ORDER BY id LIMIT 1")
                .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getBytes("secret_sealed"))).findOne();
        if (one.isEmpty()) return true;
        try {
            cipher.open(one.get().getValue(), secretContext(one.get().getKey()));
            return true;
        } catch (SecretUnreadableException e) {
            return false;
        }
    }

    /**
     * Seals the secrets an earlier version stored in plain text (column {@code secret}) and empties that column;
     * returns how many it sealed.
     */
    public int sealPlainSecrets() {
        List<Map.Entry<String, byte[]>> plain = handle.createQuery("SELECT id, secret FROM connections WHERE secret IS NOT NULL")
                .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getBytes("secret"))).list();
        for (Map.Entry<String, byte[]> row : plain) {
            handle.createUpdate("UPDATE connections SET secret_sealed = :sealed, secret = NULL WHERE id = :id")
                    .bind("sealed", cipher.seal(row.getValue(), secretContext(row.getKey()))).bind("id", row.getKey())
                    .execute();
        }
        return plain.size();
    }

    /** Binds a sealed secret to its row: a sealed value copied to another connection does not open. */
    private static String secretContext(String connectionId) {
        return "connections.secret:" + connectionId;
    }

    private Connection map(ResultSet rs, StatementContext ctx) throws SQLException {
        String id = rs.getString("id");
        byte[] sealed = rs.getBytes("secret_sealed");
        return new Connection(
                id,
                rs.getString("name"),
                rs.getString("peer_name"),
                rs.getString("peer_url"),
                sealed == null ? null : cipher.open(sealed, secretContext(id)),
                ConnectionRole.valueOf(rs.getString("role")),
                ConnectionStatus.valueOf(rs.getString("status")),
                rs.getString("config_json"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
