package io.entwine.it;

import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.jira.JiraEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sync throughput with faults injected versus without: the initial sync of a Jira project of
 * {@code entwine.faults.issues} (default 300) issues to an empty GitHub repository: clean, with the fault mix's
 * network faults only, with its tracker faults only, and with the whole mix of the fault runs (seed
 * {@code entwine.faults.seed}); every issue must arrive exactly once each time. The nodes' workers start only once
 * the initial sweep has queued every issue, so the time measured is the sync's own. Each kind runs
 * {@code entwine.faults.rounds} times (default 2) and the fastest counts.
 * Off by default: {@code -Dentwine.faults.throughput=true}; the numbers are logged as {@code THROUGHPUT}.
 */
@EnabledIfSystemProperty(named = "entwine.faults.throughput", matches = "true")
class FaultThroughputIT {
    private static final Logger log = LoggerFactory.getLogger(FaultThroughputIT.class);
    private static final int ISSUES = Integer.getInteger("entwine.faults.issues", 300);
    private static final long SEED = Long.getLong("entwine.faults.seed", 20_261_123L);
    /** Each kind of run is repeated and the best kept: a loaded machine slows single runs by a factor of three. */
    private static final int ROUNDS = Integer.getInteger("entwine.faults.rounds", 2);

    @TempDir
    Path dataDir;

    record Measurement(String what, int issues, Duration took, String injected) {
        double perSecond() {
            return issues * 1000.0 / Math.max(1, took.toMillis());
        }

        @Override
        public String toString() {
            return String.format("%-22s %d issues in %6.1f s = %5.1f issues/s; injected: %s", what, issues,
                    took.toMillis() / 1000.0, perSecond(), injected);
        }
    }

    @Test
    void initialSyncWithAndWithoutFaultsCreatesEveryIssueOnce() {
        Map<String, Consumer<FaultTopology>> kinds = new LinkedHashMap<>();
        kinds.put("without faults", f -> { });
        kinds.put("network faults only", f -> FaultScenario.networkMix(f, SEED, 1.0));
        kinds.put("tracker faults only", f -> FaultScenario.trackerMix(f, SEED, 1.0));
        kinds.put("the whole fault mix", f -> FaultScenario.mix(f, SEED, 1.0));
        Map<String, Measurement> best = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (var kind : kinds.entrySet()) {
                Measurement m = measure(kind.getKey(), dataDir.resolve(round + "-" + best.size() + "-" + all.size()), kind.getValue());
                all.add("round " + round + ": " + m);
                best.merge(kind.getKey(), m, (a, b) -> a.took().compareTo(b.took()) <= 0 ? a : b);
            }
        }
        double clean = best.get("without faults").perSecond();
        log.info("THROUGHPUT (initial sync, Jira -> GitHub, seed {}, best of {} rounds):\n  {}\n  under the whole mix: {}% of the clean throughput\n every run:\n  {}",
                SEED, ROUNDS, String.join("\n  ", best.values().stream().map(Object::toString).toList()),
                Math.round(100 * best.get("the whole fault mix").perSecond() / clean), String.join("\n  ", all));
    }

    private Measurement measure(String what, Path dir, Consumer<FaultTopology> inject) {
        JiraEmulator jira = new JiraEmulator(Clock.systemUTC());
        jira.start(0);
        GitHubEmulator github = new GitHubEmulator(Clock.systemUTC());
        github.start(0);
        JiraUser alice = FaultTopology.people(jira, github);
        for (int i = 1; i <= ISSUES; i++) alice.create(String.format("iss%04dx initial", i), "text " + i, "Medium", "bulk");

        try (FaultTopology f = FaultTopology.start(dir, FaultScenario.NO_POLLING, Map.of("sync.startWorkers", "false"), jira, github)) {
            await("initial sweep").atMost(Duration.ofMinutes(2)).until(() -> Topology.depth(f.t.jiraNode()).pending() >= ISSUES);
            inject.accept(f);
            long start = System.nanoTime();
            f.t.jiraNode().node().activate();
            f.t.githubNode().node().activate();
            await("initial sync").atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200))
                    .until(() -> github.issueCount() >= ISSUES && f.t.idle());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String injected = f.injected() + ", requests during Retry-After jira " + jira.faults().earlyRequestCount()
                    + " github " + github.faults().earlyRequestCount();
            f.heal();
            f.t.awaitQuiet();

            TrackerSnapshot onGithub = TrackerSnapshot.of(f.t.github);
            assertThat(onGithub.issueCount()).as("%s: issues on GitHub", what).isEqualTo(ISSUES);
            assertThat(onGithub.byToken.values()).as("%s: one GitHub issue per Jira issue", what).allSatisfy(l -> assertThat(l).hasSize(1));
            assertThat(onGithub.byToken).hasSize(ISSUES);
            assertThat(jira.issueCount()).as("%s: issues in Jira", what).isEqualTo(ISSUES);
            List<String> labels = onGithub.byToken.values().iterator().next().get(0).labels();
            assertThat(labels).containsExactly("bulk");
            return new Measurement(what, ISSUES, took, injected);
        }
    }
}
