package io.entwine.testkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Feeds generated inputs to a property and collects what breaks it. Each input runs on a worker thread and must end
 * within the time bound (else it is a "hang" finding and the stuck worker is abandoned); anything the property
 * throws is a finding, kept once per kind (exception type and the frame it came from) with the first input that
 * caused it. The run's size and seed come from system properties (see the package description), so a finding is
 * reproduced by running again with the seed it reports. Not thread-safe; one run at a time per instance.
 */
public final class FuzzRun {
    /** Whether the full fuzz runs are on ({@code -Dentwine.fuzz=true}); without it only the smoke runs go. */
    public static boolean enabled() {
        return Boolean.getBoolean("entwine.fuzz");
    }

    /** {@code -Dentwine.fuzz.execs} when fuzzing is on (else {@code fullDefault}); {@code smoke} when it is off. */
    public static long execs(long smoke, long fullDefault) {
        return enabled() ? Long.getLong("entwine.fuzz.execs", fullDefault) : smoke;
    }

    /** {@code -Dentwine.fuzz.seed}, else a fixed seed, so a default run is the same every time. */
    public static long seed() {
        return Long.getLong("entwine.fuzz.seed", 20261123L);
    }

    /** One input that broke the property. */
    public record Finding(long exec, String kind, String problem, String input) {
        @Override
        public String toString() {
            return "exec " + exec + ": " + kind + ": " + problem + "\n    input: " + input;
        }
    }

    /** What a run did: how many inputs, how fast, what broke. */
    public record Report(String target, long seed, long execs, Duration elapsed, Map<String, Long> outcomes, List<Finding> findings) {
        public double execsPerSecond() {
            return execs / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "fuzz %s: %,d execs in %.1f s = %,.0f execs/s, seed %d, %d finding(s); outcomes %s",
                    target, execs, elapsed.toNanos() / 1e9, execsPerSecond(), seed, findings.size(), outcomes));
            findings.forEach(f -> out.append("\n  ").append(f));
            return out.toString();
        }
    }

    /** A property: returns an outcome label for counting ("accepted", "rejected 400"...), throws when broken. */
    @FunctionalInterface
    public interface Property {
        String check(byte[] input) throws Exception;
    }

    private final String target;
    private final Duration limit;

    /** @param limit how long one input may take before it counts as a hang */
    public FuzzRun(String target, Duration limit) {
        this.target = target;
        this.limit = limit;
    }

    /** Runs {@code execs} inputs from {@code inputs} (given a {@link Random} seeded with {@code seed}) through {@code property}. */
    public Report run(long execs, long seed, Function<Random, java.util.function.Supplier<byte[]>> inputs, Property property) {
        Random random = new Random(seed);
        java.util.function.Supplier<byte[]> next = inputs.apply(random);
        Map<String, Finding> findings = new LinkedHashMap<>();
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        ExecutorService worker = newWorker();
        long start = System.nanoTime();
        try {
            for (long exec = 0; exec < execs; exec++) {
                byte[] input = next.get();
                Future<String> result = worker.submit(() -> property.check(input));
                try {
                    outcomes.merge(String.valueOf(result.get(limit.toNanos(), TimeUnit.NANOSECONDS)), 1L, Long::sum);
                } catch (TimeoutException hang) {
                    result.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    findings.putIfAbsent("hang", new Finding(exec, "hang", "no answer within " + limit, show(input)));
                } catch (ExecutionException broken) {
                    Throwable cause = broken.getCause();
                    String kind = kind(cause);
                    findings.putIfAbsent(kind, new Finding(exec, kind, String.valueOf(cause.getMessage()), show(input)));
                    outcomes.merge("finding", 1L, Long::sum);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fuzz run of " + target + " interrupted", e);
        } finally {
            worker.shutdownNow();
        }
        Report report = new Report(target, seed, execs, Duration.ofNanos(System.nanoTime() - start), outcomes, new ArrayList<>(findings.values()));
        System.out.println(report);
        return report;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true); // a hung input must not keep the JVM alive
            return t;
        });
    }

    /** Exception type, where it was thrown, and the project frame it passed through (the code to fix). */
    private static String kind(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        String kind = t.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
        for (StackTraceElement frame : trace) {
            if (frame.getClassName().startsWith("io.entwine.") && !frame.getClassName().startsWith("io.entwine.testkit.")) {
                return frame == trace[0] ? kind : kind + " via " + frame;
            }
        }
        return kind;
    }

    private static String show(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return text.length() > 600 ? text.substring(0, 600) + "... (" + input.length + " bytes)" : text;
    }
}
