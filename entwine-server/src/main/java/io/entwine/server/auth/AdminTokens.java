package io.entwine.server.auth;

import io.entwine.api.errors.ConfigException;
import io.entwine.store.Database;
import io.entwine.store.StoreTx;
import io.entwine.store.admintoken.AdminToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A node's admin API tokens. Thread-safe; every method is one blocking database transaction. Tokens are
 * stored as a salted hash only (see {@link TokenFormat}), so a lost token cannot be shown again: make a new
 * one, or reset with local access to the node's configuration. Never logs a token, only its id.
 */
public final class AdminTokens {
    private static final Logger log = LoggerFactory.getLogger(AdminTokens.class);
    private static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9 ._@-]{0,63}";

    private final Database database;
    private final Clock clock;

    public AdminTokens(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Makes a new valid token named {@code name} (what it is for: "ci", "alice").
     *
     * @throws ConfigException when the name is not 1-64 letters, digits, spaces or {@code . _ @ -}
     */
    public IssuedToken issue(String name) {
        requireName(name);
        return database.inTransaction(tx -> issue(tx, name));
    }

    /**
     * Makes the node's first token when it has never had one (its first start); empty otherwise, including when
     * every token was revoked (see {@link #reset}).
     */
    public Optional<IssuedToken> issueFirstIfNone() {
        return database.inTransaction(tx -> tx.adminTokens().countAll() == 0 ? Optional.of(issue(tx, "initial")) : Optional.empty());
    }

    /** Revokes every token and makes a new one, in one transaction: recovery when the tokens are lost or leaked. */
    public IssuedToken reset() {
        return database.inTransaction(tx -> {
            int revoked = tx.adminTokens().revokeAll(clock.instant());
            log.info("admin tokens reset: revoked {} token(s)", revoked);
            return issue(tx, "reset");
        });
    }

    /**
     * The valid stored token a presented token matches, or empty when it is malformed, unknown or revoked.
     * The secret is compared by hash in constant time.
     */
    public Optional<AdminToken> verify(String presented) {
        Optional<TokenFormat.Parts> parts = TokenFormat.parse(presented);
        if (parts.isEmpty()) return Optional.empty();
        Optional<AdminToken> stored = database.inTransaction(tx -> tx.adminTokens().find(parts.get().id()));
        if (stored.isEmpty() || !stored.get().active()) return Optional.empty();
        boolean same = TokenFormat.sameHash(stored.get().hash(), TokenFormat.hash(stored.get().salt(), parts.get().secret()));
        return same ? stored : Optional.empty();
    }

    /** Every token, revoked ones too, oldest first (ids and names only carry no secret). */
    public List<AdminToken> list() {
        return database.inTransaction(tx -> tx.adminTokens().list());
    }

    /** Revokes a token at once (the next call with it is refused), unless it is the last valid one. */
    public Revocation revoke(String id) {
        Revocation result = database.inTransaction(tx -> {
            Optional<AdminToken> token = tx.adminTokens().find(id);
            if (token.isEmpty()) return Revocation.UNKNOWN;
            if (!token.get().active()) return Revocation.ALREADY_REVOKED;
            if (tx.adminTokens().countActive() <= 1) return Revocation.LAST_ACTIVE;
            tx.adminTokens().revoke(id, clock.instant());
            return Revocation.REVOKED;
        });
        if (result == Revocation.REVOKED) log.info("admin token {} revoked", id);
        return result;
    }

    private IssuedToken issue(StoreTx tx, String name) {
        TokenFormat.Parts parts = TokenFormat.generate();
        String salt = TokenFormat.newSalt();
        Instant now = clock.instant();
        tx.adminTokens().insert(new AdminToken(parts.id(), name, salt, TokenFormat.hash(salt, parts.secret()), now, null));
        log.info("admin token {} ('{}') created", parts.id(), name);
        return new IssuedToken(parts.id(), name, parts.token(), now);
    }

    private static void requireName(String name) {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new ConfigException("a token name must be 1-64 letters, digits, spaces or '.', '_', '@', '-', starting with a letter or digit; got '"
                    + name + "'");
        }
    }
}
