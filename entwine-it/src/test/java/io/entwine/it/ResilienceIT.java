package io.entwine.it;

import io.entwine.server.RunningNode;
import io.entwine.store.queue.EventStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Restarts and lost webhooks: nothing is lost. */
class ResilienceIT {
    private static final Duration SYNC = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    Topology t;

    @AfterEach
    void stop() {
        if (t != null) t.close();
    }

    @Test
    void aLostWebhookIsPickedUpByThePollingSweep() {
        t = Topology.start(dataDir, Duration.ofSeconds(1));
        String number = t.github.create("Before", null);
        String key = t.awaitJiraTwin(number);
        t.awaitQuiet();

        t.demo.github().webhooks().setDropAll(true);
        t.github.setTitle(number, "Changed while webhooks were lost");
        await().atMost(SYNC).untilAsserted(() ->
                assertThat(t.jira.issue(key).path("fields").path("summary").asText()).isEqualTo("Changed while webhooks were lost"));
        assertThat(t.demo.github().webhooks().dropped()).isPositive();
    }

    @Test
    void aNodeRestartedWithEventsQueuedDeliversThemAfterwards() {
        t = Topology.start(dataDir);
        String key = t.jira.create("Before restart", null, "Medium");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();

        // the GitHub side goes down; the Jira side detects the edit and queues it, unable to deliver
        RunningNode githubNode = t.demo.githubNode();
        var githubConfig = githubNode.config();
        githubNode.close();
        t.jira.setSummary(key, "Edited while the peer was down");
        RunningNode jiraNode = t.demo.jiraNode();
        await().atMost(SYNC).until(() -> jiraNode.node().database().inTransaction(tx ->
                tx.queue().list(EventStatus.PENDING, 10).stream().anyMatch(e -> e.attempts() > 0)));

        // the Jira side goes down too, with the event still queued; both come back
        var jiraConfig = jiraNode.config();
        jiraNode.close();
        try (RunningNode jiraAgain = RunningNode.start(jiraConfig, Clock.systemUTC());
             RunningNode githubAgain = RunningNode.start(githubConfig, Clock.systemUTC())) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(t.github.issue(number).path("title").asText()).isEqualTo("Edited while the peer was down"));
            assertThat(t.github.numbers()).hasSize(1);
        } finally {
            t.demo.jira().stop();
            t.demo.github().stop();
            t = null; // its nodes were closed above and replaced by the restarted ones
        }
    }
}
