package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.emulator.jira.JiraEmulator;
import io.entwine.server.RunningNode;
import io.entwine.server.config.NodeConfig;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.EventStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sync control end to end: inactive nodes queue without processing, pausing a connection, and the node fingerprint. */
class SyncControlIT {
    private static final Duration SYNC = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    @TempDir
    Path copyDir;
    Topology t;

    @AfterEach
    void stop() {
        if (t != null) t.close();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static long pending(RunningNode node, EventKind kind) {
        return node.node().database().inTransaction(tx -> tx.queue().list(EventStatus.PENDING, 1000)).stream()
                .filter(e -> e.kind() == kind).count();
    }

    @Test
    void aNodeStartedInactiveQueuesChangesAndProcessesThemOnceActivated() {
        t = Topology.start(dataDir, Map.of("sync.startWorkers", "false"), Map.of());
        RestClient admin = Topology.admin(t.jiraNode());
        JsonNode status = admin.get("/api/sync");
        assertThat(status.path("syncActive").asBoolean()).isFalse();
        assertThat(status.path("reason").asText()).contains("sync.startWorkers=false");
        assertThat(status.path("recordedFingerprint").isNull()).isTrue();

        String key = t.jira.create("Waiting for activation", null, "Medium");
        await("the change is queued").atMost(SYNC).until(() -> list(admin.get("/api/queue/events?status=PENDING")).stream()
                .anyMatch(e -> e.path("kind").asText().equals("LOCAL_CHANGE")));
        await("nothing is processed").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> t.githubTwinOf(key).isEmpty() && t.github.numbers().isEmpty());

        JsonNode activated = admin.post("/api/sync/activate", Map.of());

        assertThat(activated.path("syncActive").asBoolean()).isTrue();
        JsonNode fingerprint = activated.path("recordedFingerprint");
        assertThat(fingerprint.path("nodeId").asText()).isEqualTo("jira-node");
        assertThat(fingerprint.path("databaseId").asText()).isEqualTo(t.jiraNode().node().database().databaseId());
        assertThat(fingerprint.path("trackerBaseUrl").asText()).isEqualTo(t.demo.jira().baseUrl());
        assertThat(fingerprint.path("trackerInstanceId").asText()).isEqualTo(t.demo.jira().cloudId());
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();

        JsonNode deactivated = admin.post("/api/sync/deactivate", Map.of("reason", "maintenance"));
        assertThat(deactivated.path("reason").asText()).isEqualTo("deactivated by an administrator: maintenance");
        t.jira.setSummary(key, "Edited while inactive");
        await("the edit is queued").atMost(SYNC).until(() -> pending(t.jiraNode(), EventKind.LOCAL_CHANGE) > 0);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> t.github.issue(number).path("title").asText().equals("Waiting for activation"));

        admin.post("/api/sync/activate", null);
        await().atMost(SYNC).until(() -> t.github.issue(number).path("title").asText().equals("Edited while inactive"));
    }

    @Test
    void aPausedConnectionQueuesChangesAndDeliversThemInOrderOnResume() {
        t = Topology.start(dataDir);
        RunningNode githubNode = t.githubNode();
        RestClient admin = Topology.admin(githubNode);
        String connection = t.demo.connectionId();
        String key = t.jira.create("Before the pause", null, "Medium");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();

        assertThat(admin.post("/api/connections/" + connection + "/pause", null).path("status").asText()).isEqualTo("PAUSED");
        for (int i = 1; i <= 3; i++) {
            t.jira.setSummary(key, "Edit " + i);
            long expected = i;
            await("edit " + i + " queued on the paused side").atMost(SYNC).until(() -> pending(githubNode, EventKind.APPLY) >= expected);
        }
        String created = t.jira.create("Created while paused", null, "Medium");
        await("the new issue queued too").atMost(SYNC).until(() -> pending(githubNode, EventKind.APPLY) >= 4);
        assertThat(list(admin.get("/api/queue/events?status=PENDING"))).filteredOn(e -> e.path("kind").asText().equals("APPLY"))
                .hasSizeGreaterThanOrEqualTo(4).allSatisfy(e -> assertThat(e.path("connectionId").asText()).isEqualTo(connection));
        assertThat(t.github.issue(number).path("title").asText()).isEqualTo("Before the pause");
        assertThat(t.github.numbers()).hasSize(1);

        assertThat(admin.post("/api/connections/" + connection + "/resume", null).path("status").asText()).isEqualTo("ACTIVE");

        t.awaitGithubTwin(created);
        await().atMost(SYNC).until(() -> t.github.issue(number).path("title").asText().equals("Edit 3"));
        t.awaitQuiet();
        assertThat(t.github.issue(number).path("title").asText()).as("applied in order, the last edit wins").isEqualTo("Edit 3");
        assertThat(t.github.numbers()).hasSize(2);
    }

    @Test
    void aNodeStartedOnACopyOfItsDataPointedAtAnotherTrackerStaysInactiveUntilAnAdminConfirms() {
        t = Topology.start(dataDir);
        String key = t.jira.create("Synced before the copy", null, "Medium");
        t.awaitGithubTwin(key);
        t.awaitQuiet();
        RunningNode original = t.jiraNode();
        NodeConfig config = original.config();
        String token = Topology.adminToken(original);
        String productionUrl = t.demo.jira().baseUrl();
        String productionSite = t.demo.jira().cloudId();
        original.close();
        copyTree(config.dataDir(), copyDir.resolve("jira-node"));
        copyTree(config.keyFile(), copyDir.resolve("jira-node.key"));
        JiraEmulator staging = new JiraEmulator(Clock.systemUTC()).start(0);
        staging.setCloudId("staging-site");
        Map<String, String> tracker = new HashMap<>(config.trackerSettings());
        tracker.put("baseUrl", staging.baseUrl());
        int port = freePort();
        NodeConfig copied = new NodeConfig(config.name(), config.host(), port, "http://127.0.0.1:" + port, copyDir.resolve("jira-node"),
                copyDir.resolve("jira-node.key"), DatabaseConfig.h2File(copyDir.resolve("jira-node")), config.settings(),
                config.trackerKind(), tracker, config.notifications(),
                new io.entwine.core.attachments.AttachmentSettings(copyDir.resolve("jira-node").resolve("attachments"),
                        config.attachments().maxBytes()), config.maxBodyBytes(), config.reconcileInterval());
        try (RunningNode copy = RunningNode.start(copied, Clock.systemUTC())) {
            assertThat(copied.settings().startWorkers()).as("configured to start").isTrue();
            assertThat(copy.node().isActive()).isFalse();
            RestClient admin = new RestClient(copy.url(), "Bearer " + token);
            JsonNode sync = admin.get("/api/sync");
            assertThat(sync.path("syncActive").asBoolean()).isFalse();
            assertThat(sync.path("reason").asText()).contains("fingerprint changed", "trackerBaseUrl was '" + productionUrl + "'");
            assertThat(list(sync.path("fingerprintChanges"))).extracting(c -> c.path("part").asText() + ": " + c.path("recorded").asText()
                    + " -> " + c.path("current").asText()).containsExactly(
                    "trackerBaseUrl: " + productionUrl + " -> " + staging.baseUrl(),
                    "trackerInstanceId: " + productionSite + " -> staging-site");

            HttpResponse<String> refused = admin.raw("POST", "/api/sync/activate",
                    Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).contains("confirmFingerprint", "staging-site");
            assertThat(copy.node().isActive()).isFalse();

            JsonNode confirmed = admin.post("/api/sync/activate", Map.of("confirmFingerprint", true));

            assertThat(confirmed.path("syncActive").asBoolean()).isTrue();
            assertThat(confirmed.at("/recordedFingerprint/trackerBaseUrl").asText()).isEqualTo(staging.baseUrl());
            assertThat(confirmed.at("/recordedFingerprint/trackerInstanceId").asText()).isEqualTo("staging-site");
        } finally {
            staging.stop();
            t.demo.githubNode().close();
            t.demo.jira().stop();
            t.demo.github().stop();
            t = null; // its Jira node was closed above
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
