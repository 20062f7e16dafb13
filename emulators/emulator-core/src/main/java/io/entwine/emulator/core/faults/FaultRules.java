package io.entwine.emulator.core.faults;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Which fault, if any, the next request in scope draws: first the queued "next N" bursts in the order they were
 * added, then one seeded roll against the probabilities (their sum at most 1). Thread-safe; with one caller at a
 * time the sequence of draws is a function of the seed alone.
 */
final class FaultRules {
    private static final class Burst {
        final Fault fault;
        int remaining;

        Burst(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private record Chance(double probability, Fault fault) {
    }

    private final Deque<Burst> bursts = new ArrayDeque<>();
    private final List<Chance> chances = new ArrayList<>();
    private Random random = new Random(0);

    synchronized void seed(long seed) {
        random = new Random(seed);
    }

    synchronized void next(int count, Fault fault) {
        if (count < 0) throw new IllegalArgumentException("a count of requests cannot be negative: " + count);
        if (count > 0) bursts.add(new Burst(fault, count));
    }

    synchronized void withProbability(double probability, Fault fault) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability lies between 0 and 1, got " + probability);
        }
        double total = probability + chances.stream().mapToDouble(Chance::probability).sum();
        if (total > 1 + 1e-9) {
            throw new IllegalArgumentException("the fault probabilities add up to " + total + ", more than 1");
        }
        chances.add(new Chance(probability, fault));
    }

    synchronized void clear() {
        bursts.clear();
        chances.clear();
    }

    synchronized boolean isEmpty() {
        return bursts.isEmpty() && chances.isEmpty();
    }

    /** The fault the next request gets, or null for none. */
    synchronized Fault draw() {
        Burst burst = bursts.peek();
        if (burst != null) {
            if (--burst.remaining == 0) bursts.poll();
            return burst.fault;
        }
        if (chances.isEmpty()) return null;
        double roll = random.nextDouble();
        double bound = 0;
        for (Chance chance : chances) {
            bound += chance.probability();
            if (roll < bound) return chance.fault();
        }
        return null;
    }
}
