package io.entwine.api.errors;

/** A webhook delivery was refused: bad or missing signature, malformed body. Answered with a 4xx and the reason. */
public class WebhookRejectedException extends SyncException {
    private final int status;

    public WebhookRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status to answer with (400 malformed, 401 bad signature). */
    public int status() { return status; }
}
