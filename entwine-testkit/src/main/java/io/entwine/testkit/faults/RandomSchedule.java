package io.entwine.testkit.faults;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * A seeded random {@link FaultSchedule}: each message gets an action with the configured probabilities (the rest
 * pass); delays are drawn uniformly between the configured bounds. With the same seed and the same order of
 * arrivals the decisions repeat. Thread-safe.
 */
public final class RandomSchedule implements FaultSchedule {
    private final Random random;
    private final Map<ProxyAction, Double> probabilities = new EnumMap<>(ProxyAction.class);
    private Duration minDelay = Duration.ofMillis(50);
    private Duration maxDelay = Duration.ofMillis(500);

    RandomSchedule(long seed) {
        this.random = new Random(seed);
    }

    /** Gives {@code action} this probability; all probabilities together at most 1. */
    public synchronized RandomSchedule with(ProxyAction action, double probability) {
        if (action == ProxyAction.PASS) throw new IllegalArgumentException("PASS is what is left over; give the faults' probabilities");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability lies between 0 and 1, got " + probability + " for " + action);
        }
        probabilities.put(action, probability);
        double total = probabilities.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1 + 1e-9) {
            probabilities.remove(action);
            throw new IllegalArgumentException("the probabilities add up to " + total + ", more than 1");
        }
        return this;
    }

    /** Bounds of {@link ProxyAction#DELAY} waits (default 50 to 500 ms). */
    public synchronized RandomSchedule delays(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) throw new IllegalArgumentException("delays need 0 <= min <= max, got " + min + ", " + max);
        this.minDelay = min;
        this.maxDelay = max;
        return this;
    }

    @Override
    public synchronized ProxyDecision decide(PeerMessage message) {
        double roll = random.nextDouble();
        double bound = 0;
        for (Map.Entry<ProxyAction, Double> entry : probabilities.entrySet()) {
            bound += entry.getValue();
            if (roll < bound) {
                return entry.getKey() == ProxyAction.DELAY ? ProxyDecision.delay(nextDelay())
                        : new ProxyDecision(entry.getKey(), Duration.ZERO);
            }
        }
        return ProxyDecision.pass();
    }

    private Duration nextDelay() {
        long span = maxDelay.toMillis() - minDelay.toMillis();
        return minDelay.plusMillis(span == 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
    }
}
