package io.entwine.core.notify;

import java.time.Instant;

/**
 * What a digest run did: sent a digest of {@code errors} errors, found nothing due, held {@code errors} errors back
 * because the hourly limit was reached (until {@code nextAllowedAt}), or failed to deliver them ({@code failure}
 * says why; they stay due for the next run).
 */
public record DigestOutcome(Kind kind, long errors, Instant nextAllowedAt, String failure) {

    public enum Kind { SENT, NOTHING_DUE, RATE_LIMITED, FAILED }

    static DigestOutcome sent(long errors) {
        return new DigestOutcome(Kind.SENT, errors, null, null);
    }

    static DigestOutcome nothingDue() {
        return new DigestOutcome(Kind.NOTHING_DUE, 0, null, null);
    }

    static DigestOutcome rateLimited(long errors, Instant nextAllowedAt) {
        return new DigestOutcome(Kind.RATE_LIMITED, errors, nextAllowedAt, null);
    }

    static DigestOutcome failed(long errors, String failure) {
        return new DigestOutcome(Kind.FAILED, errors, null, failure);
    }
}
