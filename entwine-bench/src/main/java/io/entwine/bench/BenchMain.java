package io.entwine.bench;

import io.entwine.emulator.core.RecordedExchange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/entwine bench}: the demo topology over loopback HTTP, measured.
 * <ol>
 *   <li>initial sync: N Jira issues with C comments each, seeded before the nodes start, synced to GitHub —
 *       issues per second, total time, peak heap of the whole process (emulators included);</li>
 *   <li>change-to-remote latency of single-field updates with webhooks, p50/p99, one at a time on a quiet system;</li>
 *   <li>tracker API calls per single-field update, reads and writes per tracker.</li>
 * </ol>
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure initial sync, latency and API calls per update.")
public final class BenchMain implements Runnable {
    @Option(names = "--issues", split = ",", description = "initial sync sizes (default 1000,10000)")
    int[] sizes = {1000, 10000};

    @Option(names = "--comments", description = "comments per seeded issue (default 3)")
    int comments = 3;

    @Option(names = "--latency-samples", description = "single-field updates to time (default 200)")
    int samples = 200;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        System.out.printf(Locale.ROOT, "Entwine bench on %d cores, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        List<String> lines = new ArrayList<>();
        try {
            for (int size : sizes) lines.add(InitialSyncBench.run(size, comments).line());
            lines.add(LatencyBench.run(Math.max(20, Math.min(200, sizes[0])), samples).lines());
        } catch (Exception e) {
            throw new IllegalStateException("benchmark failed: " + e, e);
        }
        System.out.println();
        System.out.println("==== results ====");
        lines.forEach(System.out::println);
        System.out.println("input arguments: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static long reads(List<RecordedExchange> exchanges) {
        return exchanges.stream().filter(e -> !e.isWrite()).count();
    }

    static long writes(List<RecordedExchange> exchanges) {
        return exchanges.stream().filter(RecordedExchange::isWrite).count();
    }

    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
