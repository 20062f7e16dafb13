package io.entwine.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How hard {@link PeerClient} tries within one send: at most {@code attempts} requests, waiting between them with
 * exponential backoff from {@code base}, capped at {@code cap}, with "equal jitter" (each wait lies between half
 * and all of {@code min(cap, base * 2^(retry-1))}).
 */
public record RetryPolicy(int attempts, Duration base, Duration cap) {

    /** Four attempts, 200 ms doubling, at most 5 s apart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got base " + base + " cap " + cap);
        }
    }

    /** The wait before retry number {@code retry} (1 = the first retry). */
    public Duration delay(int retry, Random random) {
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        long exponential = base.toMillis() << doublings;
        long ceiling = exponential < 0 || exponential > cap.toMillis() ? cap.toMillis() : exponential;
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + (long) (random.nextDouble() * (ceiling - floor + 1)));
    }
}
