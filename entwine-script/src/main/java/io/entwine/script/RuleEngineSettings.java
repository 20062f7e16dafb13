package io.entwine.script;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of a {@link RuleEngine}.
 *
 * @param cacheSize  how many compiled scripts are kept (each costs ~10 ms to compile and some Metaspace)
 * @param timeBudget wall-clock limit of one run; a run that exceeds it is interrupted
 */
public record RuleEngineSettings(int cacheSize, Duration timeBudget) {

    public static final int DEFAULT_CACHE_SIZE = 256;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(5);

    public RuleEngineSettings {
        if (cacheSize < 1) throw new IllegalArgumentException("rule cache size must be at least 1, got " + cacheSize);
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isZero() || timeBudget.isNegative()) {
            throw new IllegalArgumentException("rule time budget must be positive, got " + timeBudget);
        }
    }

    /** 256 compiled scripts, 5 s per run. */
    public static RuleEngineSettings defaults() {
        return new RuleEngineSettings(DEFAULT_CACHE_SIZE, DEFAULT_TIME_BUDGET);
    }
}
