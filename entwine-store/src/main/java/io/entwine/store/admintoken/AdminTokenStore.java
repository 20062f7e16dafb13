package io.entwine.store.admintoken;

import io.entwine.store.internal.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Admin API tokens. Bound to one transaction (get it from {@link io.entwine.store.StoreTx#adminTokens()}); not
 * thread-safe; every call is one blocking SQL statement.
 */
public final class AdminTokenStore {
    private static final String COLUMNS = "id, name, salt, token_hash, created_at, revoked_at";

    private final Handle handle;

    public AdminTokenStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * Stores a new, valid token ({@code revokedAt} is ignored).
     *
     * @throws io.entwine.store.errors.StoreConflictException (at the end of the transaction) when the id is taken
     */
    public void insert(AdminToken token) {
        handle.createUpdate("INSERT INTO admin_tokens (id, name, salt, token_hash, created_at) VALUES (:id, :name, :salt, :hash, :createdAt)")
                .bind("id", token.id()).bind("name", token.name()).bind("salt", token.salt()).bind("hash", token.hash())
                .bind("createdAt", token.createdAt())
                .execute();
    }

    public Optional<AdminToken> find(String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM admin_tokens WHERE id = :id")
                .bind("id", id).map(AdminTokenStore::map).findOne();
    }

    /** Every token, revoked ones too, oldest first. */
    public List<AdminToken> list() {
        return handle.createQuery("SELECT " + COLUMNS + " FROM admin_tokens ORDER BY created_at, id")
                .map(AdminTokenStore::map).list();
    }

    /** Revokes a valid token; false when it is unknown or already revoked. */
    public boolean revoke(String id, Instant now) {
        return handle.createUpdate("UPDATE admin_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("id", id).bind("now", now).execute() == 1;
    }

    /** Revokes every valid token; returns how many. */
    public int revokeAll(Instant now) {
        return handle.createUpdate("UPDATE admin_tokens SET revoked_at = :now WHERE revoked_at IS NULL")
                .bind("now", now).execute();
    }

    public int countActive() {
        return handle.createQuery("SELECT COUNT(*) FROM admin_tokens WHERE revoked_at IS NULL").mapTo(Integer.class).one();
    }

    /** Tokens ever made, revoked ones included: zero only before the node's first start. */
    public int countAll() {
        return handle.createQuery("SELECT COUNT(*) FROM admin_tokens").mapTo(Integer.class).one();
    }

    private static AdminToken map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AdminToken(rs.getString("id"), rs.getString("name"), rs.getString("salt"), rs.getString("token_hash"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "revoked_at"));
    }
}
