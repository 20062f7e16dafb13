package io.entwine.emulator.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Jira Cloud's burst limit in its simplest form: at most N requests per clock second, counted over all
 * callers; beyond that the request is refused with the time until the next second. Off (0) by default.
 * Thread-safe.
 */
final class RateLimiter {
    /** A refusal: how long to wait, and the limit that was hit. */
    record Refusal(Duration retryAfter, int limit, Instant reset) {
    }

    private final Clock clock;
    private int perSecond;
    private long windowSecond = Long.MIN_VALUE;
    private int used;

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    synchronized void setPerSecond(int perSecond) {
        if (perSecond < 0) throw new IllegalArgumentException("a rate limit cannot be negative: " + perSecond);
        this.perSecond = perSecond;
        this.used = 0;
    }

    /** Counts one request; null when it may pass, else the refusal. */
    synchronized Refusal acquire() {
        if (perSecond == 0) return null;
        Instant now = clock.instant();
        long second = now.getEpochSecond();
        if (second != windowSecond) {
            windowSecond = second;
            used = 0;
        }
        if (used < perSecond) {
            used++;
            return null;
        }
        Instant reset = Instant.ofEpochSecond(second + 1);
        Duration wait = Duration.between(now, reset);
        return new Refusal(wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait, perSecond, reset);
    }
}
