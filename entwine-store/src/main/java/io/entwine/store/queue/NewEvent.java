package io.entwine.store.queue;

import java.time.Instant;

/**
 * An event to enqueue. {@code payload} is JSON (may be null), {@code messageId} correlates node messages (may be
 * null), {@code notBefore} delays the first attempt (null = now).
 */
public record NewEvent(String connectionId, long twinId, EventKind kind, String payload, String messageId, Instant notBefore) {

    /** An event due now without a message id. */
    public static NewEvent of(String connectionId, long twinId, EventKind kind, String payload) {
        return new NewEvent(connectionId, twinId, kind, payload, null, null);
    }
}
