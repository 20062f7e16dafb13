package io.entwine.store.connection;

import java.time.Instant;

/**
 * A pairing with a peer node. {@code id} is a UUID string chosen by the caller; {@code peerName}/{@code peerUrl}
 * are null until the peer is known; {@code secret} is the shared signing key, plain here and sealed in the database
 * (see {@link io.entwine.store.crypto}), never logged ({@link #toString()} leaves it out); {@code configJson} is
 * opaque to the store.
 */
public record Connection(String id, String name, String peerName, String peerUrl, byte[] secret, ConnectionRole role,
                         ConnectionStatus status, String configJson, Instant createdAt, Instant updatedAt) {

    @Override
    public String toString() {
        return "Connection[id=" + id + ", name=" + name + ", peerName=" + peerName + ", peerUrl=" + peerUrl
                + ", role=" + role + ", status=" + status + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt + "]";
    }
}
