package io.entwine.connector.support;

import io.entwine.api.errors.RetriableSyncException;

/**
 * A write whose outcome is unknown: the request may have reached the tracker and been applied, but its answer was
 * lost (timeout, broken connection) or was a 5xx. Resending it could apply it twice; look up what it would have
 * made first ({@link io.entwine.connector.support.origin.CreateOnce}). Retriable: trying again later is safe once
 * the look-up is done.
 */
public class OutcomeUnknownException extends RetriableSyncException {
    private final boolean answerLost;

    /** The tracker answered 5xx: it finished with the request, applied or not. */
    public OutcomeUnknownException(String message) {
        super(message);
        this.answerLost = false;
    }

    /** No answer came (timeout, broken connection): the tracker may still be working on the request. */
    public OutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
        this.answerLost = true;
    }

    /** True when no answer came, so the request may still be applied after this exception: look up only after a while. */
    public boolean answerLost() {
        return answerLost;
    }
}
