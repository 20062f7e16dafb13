package io.entwine.store.queue;

import java.time.Instant;

/**
 * One unit of work in the sync queue. {@code attempts} counts claims (the current one included);
 * {@code leaseOwner}/{@code leaseUntil} are set while RUNNING (the owner is kept on DONE/FAILED for the record).
 */
public record SyncEvent(long id, String connectionId, long twinId, EventKind kind, EventStatus status, String payload,
                        String messageId, int attempts, Instant nextAttemptAt, String leaseOwner, Instant leaseUntil,
                        String lastError, Instant createdAt, Instant updatedAt) {
}
