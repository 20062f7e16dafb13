package io.entwine.api.errors;

import java.time.Duration;

/** The tracker asked us to slow down (429, or GitHub's 403 with Retry-After): retry no earlier than {@link #retryAfter()}. */
public class RateLimitedException extends RetriableSyncException {
    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() { return retryAfter; }
}
