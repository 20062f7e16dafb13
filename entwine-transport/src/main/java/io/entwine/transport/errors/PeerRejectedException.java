package io.entwine.transport.errors;

import io.entwine.api.errors.SyncException;

/**
 * The peer refused our message for a reason resending will not fix (wrong secret, unknown connection, message
 * too large, malformed request): a connection-level problem for an admin, not a retry.
 */
public class PeerRejectedException extends SyncException {
    private final int status;
    private final String reason;

    public PeerRejectedException(String peerUrl, String messageId, int status, String reason) {
        super("peer " + peerUrl + " rejected message " + messageId + " (" + status + "): " + reason);
        this.status = status;
        this.reason = reason;
    }

    /** The peer's HTTP status. */
    public int status() {
        return status;
    }

    /** The peer's stated reason, or a description of its answer when it gave none. */
    public String reason() {
        return reason;
    }
}
