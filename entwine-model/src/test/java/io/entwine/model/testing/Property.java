package io.entwine.model.testing;

import java.util.Random;
import java.util.function.BiConsumer;

/**
 * A seeded property runner (we do not use jqwik). The master seed is fixed so runs are deterministic; override it
 * with {@code -Dentwine.seed=N}. Each iteration gets its own seed, printed on failure, so one case can be replayed.
 */
public final class Property {
    public static final long DEFAULT_SEED = 0x5EED_E17_3141L;

    private Property() {
    }

    /** Runs {@code body} {@code iterations} times with a fresh {@link Random} per iteration. */
    public static void check(String name, int iterations, BiConsumer<Random, Integer> body) {
        long seed = Long.getLong("entwine.seed", DEFAULT_SEED);
        System.out.printf("property '%s': %d iterations, seed %d (rerun with -Dentwine.seed=%d)%n", name, iterations, seed, seed);
        Random master = new Random(seed);
        for (int i = 0; i < iterations; i++) {
            long iterationSeed = master.nextLong();
            try {
                body.accept(new Random(iterationSeed), i);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property '" + name + "' failed at iteration " + i + " (master seed " + seed
                        + ", iteration seed " + iterationSeed + "): " + e.getMessage(), e);
            }
        }
    }
}
