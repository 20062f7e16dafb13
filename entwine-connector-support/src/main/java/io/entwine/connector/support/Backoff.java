package io.entwine.connector.support;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * {@code min(cap, base * 2^(n-1))}, so retries of many callers spread out but never collapse to zero.
 * Thread-safe when the random source is ({@link Random} is).
 */
final class Backoff {

    private final long baseMillis;
    private final long capMillis;
    private final Random random;

    Backoff(Duration base, Duration cap, Random random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got base " + base + " cap " + cap);
        }
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.random = random;
    }

    /** The wait before retry number {@code retry} (1 = the first retry). */
    Duration delay(int retry) {
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        long exponential = baseMillis << doublings;
        long ceiling = exponential < 0 || exponential > capMillis ? capMillis : exponential;
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + (long) (random.nextDouble() * (ceiling - floor + 1)));
    }
}
