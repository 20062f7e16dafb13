package io.entwine.bench;

import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.jira.JiraEmulator;
import io.entwine.server.RunningNode;
import io.entwine.server.demo.Demo;
import io.entwine.server.demo.DemoSeeder;
import io.entwine.store.queue.QueueDepth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Emulators seeded through their REST APIs before the nodes start, then the two nodes connected. */
final class BenchTopology implements AutoCloseable {
    final JiraEmulator jira;
    final GitHubEmulator github;
    final DemoSeeder seeder;
    Demo demo;

    BenchTopology() {
        Clock clock = Clock.systemUTC();
        jira = new JiraEmulator(clock);
        jira.start(0);
        github = new GitHubEmulator(clock);
        // GitHub allows a user token 5,000 requests an hour: a 10,000-issue initial sync needs ~50,000, so against
        // github.com that quota, not the engine, sets the pace (the engine waits for the reset, see
        // ResilienceIT/FaultInjectionIT). The bench measures the engine, so the emulated quota is raised.
        github.primaryRateLimit(10_000_000);
        github.start(0);
        seeder = new DemoSeeder(jira.baseUrl(), github.baseUrl());
    }

    /** Creates {@code issues} Jira issues with {@code comments} comments each, 8 requests at a time; returns the keys. */
    List<String> seedJira(int issues, int comments) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> keys = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                int n = i;
                keys.add(pool.submit(() -> {
                    String key = seeder.jiraIssue("Bench issue " + n, "Description of bench issue " + n
                            + "\n\nWith a second paragraph.", n % 2 == 0 ? "High" : "Medium", "bench");
                    for (int c = 0; c < comments; c++) seeder.jiraComment(key, "Comment " + c + " on issue " + n);
                    return key;
                }));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> f : keys) out.add(f.get());
            return out;
        } finally {
            pool.shutdown();
        }
    }

    void connect() throws Exception {
        Path dir = Files.createTempDirectory("entwine-bench");
        demo = Demo.connect(jira, github, 0, dir, Duration.ofSeconds(30), Clock.systemUTC()); // the production default sweep
    }

    boolean idle() {
        return idle(demo.jiraNode()) && idle(demo.githubNode());
    }

    private static boolean idle(RunningNode node) {
        QueueDepth d = node.node().database().inTransaction(tx -> tx.queue().depth());
        return d.pending() == 0 && d.running() == 0;
    }

    long failed() {
        return demo.jiraNode().node().database().inTransaction(tx -> tx.queue().depth()).failed()
                + demo.githubNode().node().database().inTransaction(tx -> tx.queue().depth()).failed();
    }

    String githubTwin(String jiraKey) {
        return demo.jiraNode().node().database().inTransaction(tx -> tx.twins().findByLocalKey(demo.connectionId(), jiraKey))
                .map(t -> t.remoteKey()).orElse(null);
    }

    @Override
    public void close() {
        if (demo != null) demo.close();
        else {
            github.stop();
            jira.stop();
        }
    }
}
