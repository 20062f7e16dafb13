package io.entwine.bench;

import io.entwine.emulator.core.RecordedExchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-field updates made in Jira one at a time on a quiet system: the time from the user's PUT to the
 * GitHub PATCH that carries it (webhook fast path), and every tracker call the sync made for it.
 */
final class LatencyBench {
    record Result(int samples, long[] nanos, double jiraReads, double jiraWrites, double githubReads, double githubWrites,
                  java.util.Map<String, Long> calls) {
        String lines() {
            return String.format(Locale.ROOT, "latency       %d single-field updates Jira -> GitHub: %s%n"
                            + "api calls     per single-field update (beyond the user's own PUT): Jira %.1f reads + %.1f writes, GitHub %.1f reads + %.1f writes",
                    samples, BenchMain.percentiles(nanos), jiraReads, jiraWrites, githubReads, githubWrites)
                    + String.format(Locale.ROOT, "%n              calls by endpoint over all samples: %s", calls);
        }
    }

    static Result run(int issues, int samples) throws Exception {
        try (BenchTopology topology = new BenchTopology()) {
            List<String> keys = topology.seedJira(issues, 1);
            topology.connect();
            while (topology.github.issueCount() < issues || !topology.idle()) Thread.sleep(20);
            awaitQuiet(topology);
            List<String> numbers = new ArrayList<>();
            for (String key : keys) numbers.add(topology.githubTwin(key));
            long[] nanos = new long[samples];
            long jiraReads = 0, jiraWrites = 0, githubReads = 0, githubWrites = 0;
            java.util.Map<String, Long> calls = new java.util.TreeMap<>();
            for (int i = 0; i < samples + 10; i++) {
                int index = i % keys.size();
                String path = "/repos/acme/demo/issues/" + numbers.get(index);
                long jiraMark = topology.jira.journal().mark();
                long githubMark = topology.github.journal().mark();
                long start = System.nanoTime();
                topology.seeder.jiraSetSummary(keys.get(index), "Edited " + i);
                while (topology.github.journal().since(githubMark).stream()
                        .noneMatch(e -> e.method().equals("PATCH") && e.path().equals(path) && e.status() < 300)) {
                    Thread.onSpinWait();
                }
                long elapsed = System.nanoTime() - start;
                awaitQuiet(topology);
                if (i < 10) continue; // warm-up
                nanos[i - 10] = elapsed;
                List<RecordedExchange> jira = topology.jira.journal().since(jiraMark);
                List<RecordedExchange> github = topology.github.journal().since(githubMark);
                jiraReads += BenchMain.reads(jira);
                jiraWrites += BenchMain.writes(jira) - 1; // the user's own PUT
                githubReads += BenchMain.reads(github);
                githubWrites += BenchMain.writes(github);
                for (RecordedExchange e : jira) calls.merge("jira " + e.method() + " " + e.path().replaceAll("\\d+", "{n}"), 1L, Long::sum);
                for (RecordedExchange e : github) calls.merge("github " + e.method() + " " + e.path().replaceAll("\\d+", "{n}"), 1L, Long::sum);
            }
            Result r = new Result(samples, nanos, jiraReads / (double) samples, jiraWrites / (double) samples,
                    githubReads / (double) samples, githubWrites / (double) samples, calls);
            System.out.println(r.lines());
            return r;
        }
    }

    private static void awaitQuiet(BenchTopology topology) throws InterruptedException {
        int quiet = 0;
        while (quiet < 10) {
            Thread.sleep(10);
            quiet = topology.idle() ? quiet + 1 : 0;
        }
    }
}
