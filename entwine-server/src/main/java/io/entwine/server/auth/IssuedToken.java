package io.entwine.server.auth;

import java.time.Instant;

/** A token just made: the only moment its full value is known; it is not stored and cannot be shown again. */
public record IssuedToken(String id, String name, String token, Instant createdAt) {
    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", name=" + name + ", createdAt=" + createdAt + "]";
    }
}
