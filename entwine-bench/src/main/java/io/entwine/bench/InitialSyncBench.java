package io.entwine.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Initial sync of N pre-existing Jira issues (with comments) to an empty GitHub. */
final class InitialSyncBench {
    record Result(int issues, int comments, double seconds, long peakHeapMb, long githubIssues, long failed) {
        String line() {
            return String.format(Locale.ROOT, "initial sync  %,6d issues x %d comments: %7.1f s, %7.1f issues/s, %,7.0f comments/s, peak heap %,d MB, GitHub issues %,d, failed events %d",
                    issues, comments, seconds, issues / seconds, issues * comments / seconds, peakHeapMb, githubIssues, failed);
        }
    }

    static Result run(int issues, int comments) throws Exception {
        try (BenchTopology topology = new BenchTopology()) {
            long seedStart = System.nanoTime();
            List<String> keys = topology.seedJira(issues, comments);
            System.out.printf(Locale.ROOT, "seeded %,d Jira issues with %d comments each in %.1f s%n", keys.size(), comments,
                    (System.nanoTime() - seedStart) / 1e9);
            System.gc();
            long start = System.nanoTime();
            try (HeapSampler heap = new HeapSampler()) {
                topology.connect();
                long lastReport = start;
                while (topology.github.issueCount() < issues || !topology.idle()) {
                    Thread.sleep(25);
                    if (System.nanoTime() - lastReport > Duration.ofSeconds(10).toNanos()) {
                        lastReport = System.nanoTime();
                        System.out.printf(Locale.ROOT, "  ... %,d / %,d issues on GitHub after %.0f s%n", topology.github.issueCount(), issues,
                                (lastReport - start) / 1e9);
                    }
                    if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
                        throw new IllegalStateException("initial sync of " + issues + " issues did not finish in 30 minutes");
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Result r = new Result(issues, comments, seconds, heap.peakMegabytes(), topology.github.issueCount(), topology.failed());
                System.out.println(r.line());
                return r;
            }
        }
    }
}
