package io.entwine.transport.errors;

import io.entwine.api.errors.SyncException;

/** An inbound peer message failed verification; the receiver answers {@link #httpStatus()} with {@link #reason()}. */
public class MessageRejectedException extends SyncException {
    private final int httpStatus;
    private final String reason;

    public MessageRejectedException(int httpStatus, String reason) {
        super(reason + " (" + httpStatus + ")");
        this.httpStatus = httpStatus;
        this.reason = reason;
    }

    /** 400 malformed, 401 bad signature or stale timestamp, 404 unknown connection, 413 body too large. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Why, in words safe to send back to the peer (no secrets). */
    public String reason() {
        return reason;
    }
}
