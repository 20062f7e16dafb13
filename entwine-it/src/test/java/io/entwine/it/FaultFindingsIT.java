package io.entwine.it;

import io.entwine.emulator.core.faults.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the fault runs found the engine does not do yet, one test each, stated as the behaviour we want. They fail
 * today and are left out of the default run; run them with {@code -Dentwine.faults.findings=true}. The lost create
 * and comment answers are fixed and proved in {@link ExactlyOnceIT}.
 */
@EnabledIfSystemProperty(named = "entwine.faults.findings", matches = "true")
class FaultFindingsIT {
    private static final long SEED = 20_261_123L;
    private static final Duration SYNC = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    FaultTopology f;

    @AfterEach
    void stop() {
        if (f != null) f.close();
    }

    /**
     * The Jira node applies a change from GitHub while an edit made in Jira has not been sent yet (its webhook is
     * late, here lost and found by the next sweep): the baseline stored after the apply is computed from the whole
     * entity read before writing, so it already contains the unsent edit, and the edit is never sent.
     */
    @Test
    void anEditNotYetSentWhenTheSyncAppliesARemoteChangeStillTravels() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        String key = f.t.jira.create("Lost update", "base text", "Medium");
        String number = f.t.awaitGithubTwin(key);
        f.t.awaitQuiet();

        f.jira().webhooks().dropNext(1);
        f.t.jira.setLabels(key, "from-jira");
        f.t.github.setBody(number, "text from GitHub");
        await().atMost(SYNC).until(() -> JiraUser.text(f.t.jira.issue(key).path("fields").path("description")).equals("text from GitHub"));
        f.t.awaitQuiet();
        f.t.jiraNode().node().pollNow();

        await().atMost(SYNC).untilAsserted(() -> assertThat(f.t.github.labels(number)).contains("from-jira"));
    }

    /** Both people edit the same twins at once (different fields): the workload of the fault runs, without faults. */
    @Test
    void bothPeopleEditingTheSameTwinsAtOnceConverge() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        FaultRun.run("same twins, no faults", SEED, f, new FaultRun.Size(3, 20, 1, Workload.Twins.SHARED), x -> { },
                Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /**
     * With its default eight workers a node keeps calling a tracker that told one of them to wait: the connectors'
     * HTTP client waits out a Retry-After in the calling thread only.
     */
    @Test
    void severalWorkersOfOneNodeSendNothingWhileARetryAfterIsInForce() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        FaultRun.run("rate limits, 8 workers", SEED, f, new FaultRun.Size(3, 12, 1, Workload.Twins.SEPARATE), x -> {
            x.jira().faults().seed(SEED).withProbability(0.08, Fault.rateLimited(Duration.ofSeconds(1)));
            x.github().faults().seed(SEED + 1).withProbability(0.08, Fault.rateLimited(Duration.ofSeconds(1)));
        }, Duration.ofSeconds(8), Duration.ofSeconds(60));
    }
}
