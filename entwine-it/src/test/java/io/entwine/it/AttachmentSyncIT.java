package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.core.connection.InvitationCode;
import io.entwine.emulator.jira.JiraEmulator;
import io.entwine.server.RunningNode;
import io.entwine.server.config.NodeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Properties;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Attachments between real nodes over loopback HTTP with the default rules: Jira to GitHub (no upload API there:
 * a link comment), and Jira to Jira (the content travels between the nodes and is verified by SHA-256).
 */
class AttachmentSyncIT {
    private static final Duration SYNC = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    @Test
    void aJiraAttachmentArrivesOnGitHubAsOneLinkCommentThatGoesWithTheFile() throws Exception {
        try (Topology t = Topology.start(dataDir)) {
            String key = t.jira.create("Crash with a log", "see attached", "High");
            String number = t.awaitGithubTwin(key);
            t.awaitQuiet();
            long jiraBefore = t.demo.jira().journal().successfulWrites();
            long githubBefore = t.demo.github().journal().successfulWrites();

            String id = upload(t.demo.jira().baseUrl(), key, "crash log.txt", "boom\n".getBytes(StandardCharsets.UTF_8));

            String link = t.demo.jira().baseUrl() + "/secure/attachment/" + id + "/crash%20log.txt";
            await().atMost(SYNC).untilAsserted(() -> assertThat(t.github.commentBodies(number)).singleElement()
                    .satisfies(b -> assertThat(b).contains("[crash log.txt](" + link + ") (5 bytes)")));
            t.awaitQuiet();
            // the upload in Jira and one comment on GitHub; nothing comes back to Jira
            assertThat(t.demo.jira().journal().successfulWrites() - jiraBefore).isEqualTo(1);
            assertThat(t.demo.github().journal().successfulWrites() - githubBefore).isEqualTo(1);
            assertThat(t.jira.commentTexts(key)).isEmpty();
            assertThat(t.github.commentBodies(number)).hasSize(1);

            t.jira.setSummary(key, "Crash with a log, renamed");
            await().atMost(SYNC).until(() -> t.github.issue(number).path("title").asText().endsWith("renamed"));
            t.awaitQuiet();
            assertThat(t.github.commentBodies(number)).as("no second link on the next replica").hasSize(1);

            long githubMark = t.demo.github().journal().successfulWrites();
            jira(t.demo.jira().baseUrl(), "DELETE", "/rest/api/3/attachment/" + id);
            await().atMost(SYNC).untilAsserted(() -> assertThat(t.github.commentBodies(number)).isEmpty());
            t.awaitQuiet();
            assertThat(t.demo.github().journal().successfulWrites() - githubMark).isEqualTo(1);
            assertThat(t.jira.commentTexts(key)).isEmpty();
        }
    }

    @Test
    void aJiraAttachmentIsUploadedToTheTwinJiraWithItsExactBytesAndRemovedWithIt() throws Exception {
        Clock clock = Clock.systemUTC();
        try (JiraEmulator a = new JiraEmulator(clock).start(0); JiraEmulator b = new JiraEmulator(clock).start(0);
             RunningNode nodeA = RunningNode.start(jiraNode("jira-a", a, dataDir), clock);
             RunningNode nodeB = RunningNode.start(jiraNode("jira-b", b, dataDir), clock)) {
            InvitationCode invitation = nodeA.node().connections().invite("jira-jira");
            nodeB.node().connections().accept(invitation.encode());
            JiraUser alice = new JiraUser(a.baseUrl());
            JiraUser bob = new JiraUser(b.baseUrl());
            String keyA = alice.create("Shared", null, null);
            String keyB = await("twin on B").atMost(SYNC).until(() -> nodeA.node().database().inTransaction(tx ->
                    tx.twins().findByLocalKey(invitation.connectionId(), keyA)).map(tw -> tw.remoteKey()).orElse(null), k -> k != null);
            awaitQuiet(nodeA, nodeB);
            long writesA = a.journal().successfulWrites();
            long writesB = b.journal().successfulWrites();

            byte[] content = new byte[200_000];
            new Random(3).nextBytes(content);
            String idA = upload(a.baseUrl(), keyA, "capture.bin", content);

            JsonNode onB = await("attachment on B").atMost(SYNC).until(() -> bob.issue(keyB).at("/fields/attachment"), l -> l.size() == 1);
            assertThat(onB.get(0).path("filename").asText()).isEqualTo("capture.bin");
            awaitQuiet(nodeA, nodeB);
            // B's node kept the verified file under its new id: it never reads it back from its tracker
            assertThat(b.journal().matching(e -> e.path().startsWith("/rest/api/3/attachment/content/"))).isEmpty();
            assertThat(download(b.baseUrl(), onB.get(0).path("id").asText())).isEqualTo(content);
            // the upload on A, one upload on B; no echo: A still has its one attachment
            assertThat(a.journal().successfulWrites() - writesA).isEqualTo(1);
            assertThat(b.journal().successfulWrites() - writesB).isEqualTo(1);
            assertThat(alice.issue(keyA).at("/fields/attachment")).hasSize(1);

            jira(a.baseUrl(), "DELETE", "/rest/api/3/attachment/" + idA);
            await().atMost(SYNC).untilAsserted(() -> assertThat(bob.issue(keyB).at("/fields/attachment")).isEmpty());
            awaitQuiet(nodeA, nodeB);
            assertThat(b.journal().successfulWrites() - writesB).isEqualTo(2);
            assertThat(a.journal().successfulWrites() - writesA).isEqualTo(2);
        }
    }

    private static void awaitQuiet(RunningNode... nodes) {
        await("quiet").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).during(Duration.ofMillis(700)).until(() -> {
            for (RunningNode n : nodes) {
                var depth = Topology.depth(n);
                if (depth.pending() != 0 || depth.running() != 0) return false;
            }
            return true;
        });
    }

    private static NodeConfig jiraNode(String name, JiraEmulator jira, Path dataDir) {
        Properties p = new Properties();
        p.setProperty("node.name", name);
        p.setProperty("node.port", String.valueOf(freePort()));
        p.setProperty("node.dataDir", dataDir.resolve(name).toString());
        p.setProperty("sync.pollInterval", "PT1H");
        p.setProperty("sync.startWorkers", "true"); // nodes start inactive unless told to
        p.setProperty("tracker.kind", "jira-cloud");
        p.setProperty("tracker.baseUrl", jira.baseUrl());
        p.setProperty("tracker.webhookSecret", "webhook-secret-" + name);
        p.setProperty("tracker.email", JiraEmulator.DEFAULT_EMAIL);
        p.setProperty("tracker.apiToken", JiraEmulator.DEFAULT_API_TOKEN);
        p.setProperty("tracker.project", JiraEmulator.DEFAULT_PROJECT);
        return NodeConfig.from(p, new HashMap<>(), "attachment test settings for " + name);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A person attaches a file in Jira; returns the attachment id. */
    private static String upload(String jiraUrl, String key, String name, byte[] content) throws Exception {
        String boundary = "it-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(jiraUrl + "/rest/api/3/issue/" + key + "/attachments"))
                .header("Authorization", JiraUser.basic("demo@example.com", "demo"))
                .header("X-Atlassian-Token", "no-check")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RestClient.JSON.readTree(response.body()).get(0).path("id").asText();
    }

    private static byte[] download(String jiraUrl, String id) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(jiraUrl + "/rest/api/3/attachment/content/" + id + "?redirect=false"))
                .header("Authorization", JiraUser.basic("demo@example.com", "demo")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static void jira(String jiraUrl, String method, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(jiraUrl + path))
                .header("Authorization", JiraUser.basic("demo@example.com", "demo"))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    }
}
