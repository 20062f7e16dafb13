package io.entwine.core.queue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter for events that failed for a transient reason: attempt n waits a
 * random time up to {@code min(cap, base * 2^(n-1))}, never less than half of it.
 */
public record RetryPolicy(Duration base, Duration cap) {

    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    public Duration delay(int attempt) {
        long baseMs = base.toMillis();
        long capMs = cap.toMillis();
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long ceiling = Math.min(capMs, baseMs << shift);
        if (ceiling <= 0) ceiling = capMs;
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(Math.max(1, ceiling - half + 1)));
    }
}
