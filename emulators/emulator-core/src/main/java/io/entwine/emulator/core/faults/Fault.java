package io.entwine.emulator.core.faults;

import java.time.Duration;
import java.util.Objects;

/**
 * One injected fault: what a request that draws it gets instead of (or before) its normal answer.
 *
 * <ul>
 *   <li>{@link RateLimited}: 429 with {@code Retry-After} and rate-limit headers; the wait stays in force for every
 *       request in scope until it has elapsed, as a real rate limit does.</li>
 *   <li>{@link ServerError}: a 5xx answer; the request is not applied.</li>
 *   <li>{@link Slow}: the request waits, then is served normally. Longer than the client's timeout, this is the
 *       "applied, but the answer was lost" case.</li>
 *   <li>{@link Timeout}: the request is held past the client's timeout, then refused with 504 unapplied.</li>
 * </ul>
 */
public sealed interface Fault {

    /** The name used in counts and reports: {@code rate-limited}, {@code server-error}, {@code slow}, {@code timeout}. */
    String kind();

    static Fault rateLimited(Duration retryAfter) {
        return new RateLimited(retryAfter);
    }

    static Fault serverError(int status) {
        return new ServerError(status);
    }

    static Fault slow(Duration delay) {
        return new Slow(delay);
    }

    static Fault timeout(Duration hold) {
        return new Timeout(hold);
    }

    /** 429 with {@code Retry-After}: whole seconds, at least one (what the header can say). */
    record RateLimited(Duration retryAfter) implements Fault {
        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("a Retry-After must be positive, got " + retryAfter);
            }
            retryAfter = Duration.ofSeconds((retryAfter.toMillis() + 999) / 1000);
        }

        @Override
        public String kind() {
            return "rate-limited";
        }
    }

    record ServerError(int status) implements Fault {
        public ServerError {
            if (status < 500 || status > 599) throw new IllegalArgumentException("a server error is a 5xx status, got " + status);
        }

        @Override
        public String kind() {
            return "server-error";
        }
    }

    record Slow(Duration delay) implements Fault {
        public Slow {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }

        @Override
        public String kind() {
            return "slow";
        }
    }

    record Timeout(Duration hold) implements Fault {
        public Timeout {
            Objects.requireNonNull(hold, "hold");
            if (hold.isNegative()) throw new IllegalArgumentException("a hold cannot be negative: " + hold);
        }

        @Override
        public String kind() {
            return "timeout";
        }
    }
}
