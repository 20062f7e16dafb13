package io.entwine.store.admintoken;

import java.time.Instant;

/**
 * One admin API token as stored. {@code salt} and {@code hash} are hex: the hash is SHA-256 over the salt and the
 * token's secret part, which is never stored. {@code revokedAt} is null while the token is valid.
 */
public record AdminToken(String id, String name, String salt, String hash, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    @Override
    public String toString() {
        return "AdminToken[id=" + id + ", name=" + name + ", createdAt=" + createdAt + ", revokedAt=" + revokedAt + "]";
    }
}
