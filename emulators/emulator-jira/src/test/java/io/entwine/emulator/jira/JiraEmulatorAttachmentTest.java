package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.emulator.core.RecordedExchange;
import io.entwine.testkit.JiraCloudContract;
import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class JiraEmulatorAttachmentTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private JiraEmulator jira;
    private JiraHttp http;

    @BeforeEach
    void start() {
        jira = new JiraEmulator(clock).start(0);
        http = JiraHttp.asDemo(jira);
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void storesAnUploadedFileAndServesTheExactBytesThroughTheMediaRedirect() throws Exception {
        String key = http.createIssue("With a file");
        byte[] content = new byte[70_000];
        new Random(7).nextBytes(content);

        HttpResponse<String> uploaded = upload(key, "trace.bin", "application/octet-stream", content, true);
        assertThat(uploaded.statusCode()).isEqualTo(200);
        JsonNode stored = JiraHttp.JSON.readTree(uploaded.body()).get(0);
        String id = stored.path("id").asText();
        assertThat(stored.path("filename").asText()).isEqualTo("trace.bin");
        assertThat(stored.path("size").asLong()).isEqualTo(70_000);

        HttpResponse<byte[]> redirect = client.send(authorized("/rest/api/3/attachment/content/" + id).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(redirect.statusCode()).isEqualTo(303);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> media = client.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(media.statusCode()).isEqualTo(200);
        assertThat(media.body()).isEqualTo(content);

        JsonNode field = http.get("/rest/api/3/issue/" + key + "?fields=attachment").body().path("fields").path("attachment");
        assertThat(field).hasSize(1);
        assertThat(field.get(0).path("id").asText()).isEqualTo(id);
        assertThat(http.get("/rest/api/3/attachment/" + id).body().path("size").asLong()).isEqualTo(70_000);
    }

    @Test
    void refusesAnUploadWithoutTheXsrfHeaderAndAFileOverTheLimit() throws Exception {
        String key = http.createIssue("Refusals");
        assertThat(upload(key, "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8), false).statusCode()).isEqualTo(403);
        jira.setAttachmentUploadLimit(10);
        assertThat(http.get("/rest/api/3/attachment/meta").body().path("uploadLimit").asLong()).isEqualTo(10);
        assertThat(upload(key, "big.txt", "text/plain", new byte[11], true).statusCode()).isEqualTo(413);
        assertThat(http.get("/rest/api/3/issue/" + key + "?fields=attachment").body().at("/fields/attachment")).isEmpty();
    }

    @Test
    void deletingAnAttachmentRemovesItAndFiresWebhooks() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            http.post("/rest/webhooks/1.0/webhook", Map.of("name", "h", "url", receiver.url("/hook"),
                    "events", List.of("attachment_created", "attachment_deleted", "jira:issue_updated"),
                    "filters", Map.of("issue-related-events-section", "project = DEMO")));
            String key = http.createIssue("Delete me");
            String id = JiraHttp.JSON.readTree(upload(key, "a.txt", "text/plain", "abc".getBytes(StandardCharsets.UTF_8), true).body())
                    .get(0).path("id").asText();

            assertThat(http.delete("/rest/api/3/attachment/" + id).status()).isEqualTo(204);
            assertThat(http.get("/rest/api/3/attachment/" + id).status()).isEqualTo(404);
            await().untilAsserted(() -> {
                assertThat(receiver.events("attachment_created")).hasSize(1);
                assertThat(receiver.events("attachment_deleted")).hasSize(1);
                assertThat(receiver.events("jira:issue_updated")).hasSize(2);
            });
            JsonNode updated = JiraHttp.JSON.readTree(receiver.events("jira:issue_updated").get(0).body());
            assertThat(updated.at("/changelog/items/0/field").asText()).isEqualTo("Attachment");
            assertThat(updated.at("/changelog/items/0/to").asText()).isEqualTo(id);
        }
    }

    @Test
    void everyAttachmentExchangeFitsTheOfficialDescription() throws Exception {
        String key = http.createIssue("Contract");
        String id = JiraHttp.JSON.readTree(upload(key, "c.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8), true).body())
                .get(0).path("id").asText();
        http.get("/rest/api/3/issue/" + key + "?fields=attachment,summary");
        http.get("/rest/api/3/attachment/" + id);
        http.get("/rest/api/3/attachment/meta");
        client.send(authorized("/rest/api/3/attachment/content/" + id).build(), HttpResponse.BodyHandlers.discarding());
        client.send(authorized("/rest/api/3/attachment/content/" + id + "?redirect=false").build(), HttpResponse.BodyHandlers.discarding());
        http.get("/rest/api/3/attachment/99999");
        http.delete("/rest/api/3/attachment/" + id);

        List<RecordedExchange> exchanges = jira.journal().matching(e -> e.path().contains("attachment"));
        assertThat(exchanges).extracting(RecordedExchange::status).contains(200, 303, 204, 404);
        assertThat(new JiraCloudContract().violations(exchanges)).isEmpty();
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(jira.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("demo@example.com:demo".getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> upload(String key, String name, String type, byte[] content, boolean xsrfHeader) throws Exception {
        String boundary = "entwine-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = authorized("/rest/api/3/issue/" + key + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (xsrfHeader) request.header("X-Atlassian-Token", "no-check");
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
