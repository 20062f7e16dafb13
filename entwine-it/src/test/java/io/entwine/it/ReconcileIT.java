package io.entwine.it;

import io.entwine.core.reconcile.ReconcileReport;
import io.entwine.emulator.core.RecordedExchange;
import io.entwine.store.queue.QueueDepth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reconciliation sweep: silent for healthy twins (exact request and write counts), repairs an edit whose webhook
 * was lost, and reports an entity deleted while its webhook was lost.
 */
class ReconcileIT {
    @TempDir
    Path dataDir;
    FaultTopology f;

    @AfterEach
    void stop() {
        if (f != null) f.close();
    }

    @Test
    void aSweepOverHealthyTwinsReadsEachOnceAndQueuesAndWritesNothing() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        String a = f.t.jira.create("Healthy one", "text", "Medium");
        String b = f.t.jira.create("Healthy two", "text", "High");
        String numberA = f.t.awaitGithubTwin(a);
        String numberB = f.t.awaitGithubTwin(b);
        f.t.awaitQuiet();
        long writes = f.t.trackerWrites();
        long jiraMark = f.jira().journal().mark();
        long githubMark = f.github().journal().mark();
        QueueDepth jiraQueue = Topology.depth(f.t.jiraNode());
        QueueDepth githubQueue = Topology.depth(f.t.githubNode());

        ReconcileReport jiraSide = f.t.jiraNode().node().reconcileNow();
        ReconcileReport githubSide = f.t.githubNode().node().reconcileNow();

        assertThat(jiraSide).isEqualTo(new ReconcileReport(2, 0, 0, 0, 0, true, null));
        assertThat(githubSide).isEqualTo(new ReconcileReport(2, 0, 0, 0, 0, true, null));
        assertThat(calls(f.jira().journal().since(jiraMark))).containsExactlyInAnyOrder(
                "GET /rest/api/3/issue/" + a, "GET /rest/api/3/issue/" + b);
        assertThat(calls(f.github().journal().since(githubMark))).containsExactlyInAnyOrder(
                "GET /repos/acme/demo/issues/" + numberA, "GET /repos/acme/demo/issues/" + numberA + "/comments",
                "GET /repos/acme/demo/issues/" + numberB, "GET /repos/acme/demo/issues/" + numberB + "/comments");
        assertThat(f.t.trackerWrites()).isEqualTo(writes);
        assertThat(Topology.depth(f.t.jiraNode())).isEqualTo(jiraQueue);
        assertThat(Topology.depth(f.t.githubNode())).isEqualTo(githubQueue);
    }

    @Test
    void anEditWhoseWebhookWasLostIsSentByTheNextSweep() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        String key = f.t.jira.create("Drifts", "text", "Medium");
        String number = f.t.awaitGithubTwin(key);
        f.t.awaitQuiet();
        f.jira().webhooks().dropNext(1);
        f.t.jira.setLabels(key, "missed-by-webhook");
        f.t.awaitQuiet();
        assertThat(f.t.github.labels(number)).doesNotContain("missed-by-webhook");

        ReconcileReport report = f.t.jiraNode().node().reconcileNow();

        assertThat(report.drifted()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(f.t.github.labels(number)).contains("missed-by-webhook"));
        f.t.awaitQuiet();
        assertThat(f.t.jiraNode().node().reconcileNow()).isEqualTo(new ReconcileReport(1, 0, 0, 0, 0, true, null));
    }

    @Test
    void anEntityDeletedWhileItsWebhookWasLostIsReportedAsDeleted() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        String gone = f.t.jira.create("Will vanish", "text", "Medium");
        String kept = f.t.jira.create("Stays", "text", "Medium");
        f.t.awaitGithubTwin(gone);
        f.t.awaitGithubTwin(kept);
        f.t.awaitQuiet();
        f.jira().webhooks().dropNext(1);
        f.t.jira.rest().delete("/rest/api/3/issue/" + gone);

        ReconcileReport report = f.t.jiraNode().node().reconcileNow();

        assertThat(report).isEqualTo(new ReconcileReport(2, 0, 1, 0, 0, true, null));
    }

    private static List<String> calls(List<RecordedExchange> exchanges) {
        return exchanges.stream().map(e -> e.method() + " " + e.path()).toList();
    }
}
