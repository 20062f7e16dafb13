package io.entwine.store.twin;

import java.time.Instant;

/**
 * The pair (local entity, remote entity) linked over one connection. {@code localKey} is null until the local
 * entity is created, {@code remoteKey}/{@code remoteUrl} until the peer acknowledges; the replicas are JSON.
 */
public record Twin(long id, String connectionId, String localKey, String remoteKey, String remoteUrl, TwinState state,
                   String lastSentReplica, String lastReceivedReplica, Instant lastLocalUpdate, Instant createdAt,
                   Instant updatedAt) {
}
