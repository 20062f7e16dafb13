package io.entwine.emulator.jira;

import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.entwine.emulator.jira.JiraHttp.doc;
import static io.entwine.emulator.jira.JiraHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class JiraEmulatorWebhookTest {
    private static final List<String> EVENTS = List.of("jira:issue_created", "jira:issue_updated", "jira:issue_deleted",
            "comment_created", "comment_updated", "comment_deleted");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private JiraEmulator jira;
    private JiraHttp http;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        jira = new JiraEmulator(clock).start(0);
        http = JiraHttp.asDemo(jira);
        receiver = new WebhookReceiver();
        jira.addProject("OPS", "Operations");
    }

    @AfterEach
    void stop() {
        jira.close();
        receiver.close();
    }

    private String register(String path, String secret) {
        JiraHttp.Response created = http.post("/rest/webhooks/1.0/webhook", Map.of("name", "entwine", "url", receiver.url(path),
                "events", EVENTS, "filters", Map.of("issue-related-events-section", "project = DEMO"), "secret", secret));
        assertThat(created.status()).isEqualTo(201);
        return created.text("/self");
    }

    @Test
    void registersListsAndDeletesAdminWebhooksWithoutEchoingTheSecret() {
        String self = register("/hook", "s3cret");

        JiraHttp.Response list = http.get("/rest/webhooks/1.0/webhook");
        assertThat(list.body()).hasSize(1);
        assertThat(list.text("/0/url")).isEqualTo(receiver.url("/hook"));
        assertThat(list.text("/0/filters/issue-related-events-section")).isEqualTo("project = DEMO");
        assertThat(list.body().get(0).has("secret")).isFalse();

        String path = self.substring(jira.baseUrl().length());
        assertThat(http.delete(path).status()).isEqualTo(204);
        assertThat(http.get("/rest/webhooks/1.0/webhook").body()).isEmpty();
        assertThat(http.delete(path).status()).isEqualTo(404);
    }

    @Test
    void refusesAWebhookWithAnInvalidJqlFilter() {
        JiraHttp.Response refused = http.post("/rest/webhooks/1.0/webhook", Map.of("name", "x", "url", receiver.url("/x"),
                "events", EVENTS, "filters", Map.of("issue-related-events-section", "project = NOPE")));

        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void deliversSignedIssueEventsThatMatchTheFilter() throws Exception {
        register("/hook", "s3cret");

        String key = http.createIssue("hooked");
        clock.advance(Duration.ofSeconds(5));
        http.put("/rest/api/3/issue/" + key, json("{'fields':{'summary':'renamed'}}"));
        http.post("/rest/api/3/issue", json("{'fields':{'project':{'key':'OPS'},'issuetype':{'name':'Task'},'summary':'elsewhere'}}"));
        http.delete("/rest/api/3/issue/" + key);

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.deliveries().size() >= 3);
        jira.webhooks().flush(Duration.ofSeconds(2));
        List<WebhookReceiver.Delivery> deliveries = receiver.deliveries();
        assertThat(deliveries).extracting(d -> d.json().get("webhookEvent").asText())
                .containsExactly("jira:issue_created", "jira:issue_updated", "jira:issue_deleted");

        WebhookReceiver.Delivery updated = deliveries.get(1);
        assertThat(updated.header("X-Hub-Signature")).isEqualTo("sha256=" + hmac("s3cret", updated.body()));
        assertThat(updated.header("X-Atlassian-Webhook-Flow")).isEqualTo("Primary");
        assertThat(updated.header("X-Atlassian-Webhook-Identifier")).isNotBlank()
                .isNotEqualTo(deliveries.get(0).header("X-Atlassian-Webhook-Identifier"));
        assertThat(updated.json().at("/issue/key").asText()).isEqualTo(key);
        assertThat(updated.json().at("/issue/fields/updated").asText()).isEqualTo("2026-11-23T10:00:05.000+0000");
        assertThat(updated.json().at("/user/accountId").asText()).isEqualTo(jira.accountId("demo@example.com"));
        assertThat(updated.json().at("/changelog/items/0/field").asText()).isEqualTo("summary");
        assertThat(updated.json().at("/changelog/items/0/toString").asText()).isEqualTo("renamed");
        assertThat(updated.json().get("timestamp").asLong()).isEqualTo(Instant.parse("2026-11-23T10:00:05Z").toEpochMilli());
    }

    @Test
    void deliversCommentEventsAndTheIssueUpdateTheyCause() {
        register("/hook", "s3cret");
        String key = http.createIssue("discussed");

        String id = http.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", doc("hello"))).text("/id");
        http.put("/rest/api/3/issue/" + key + "/comment/" + id, Map.of("body", doc("hello again")));
        http.delete("/rest/api/3/issue/" + key + "/comment/" + id);

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.deliveries().size() >= 7);
        assertThat(receiver.events("comment_created")).singleElement()
                .satisfies(d -> assertThat(d.json().at("/comment/body")).isEqualTo(doc("hello")))
                .satisfies(d -> assertThat(d.json().at("/issue/key").asText()).isEqualTo(key));
        assertThat(receiver.events("comment_updated")).hasSize(1);
        assertThat(receiver.events("comment_deleted")).hasSize(1);
        assertThat(receiver.events("jira:issue_updated")).extracting(d -> d.json().get("issue_event_type_name").asText())
                .containsExactly("issue_commented", "issue_comment_edited", "issue_comment_deleted");
    }

    @Test
    void unsignedHooksGetNoSignatureAndDroppedDeliveriesAreLost() {
        http.post("/rest/webhooks/1.0/webhook", Map.of("name", "plain", "url", receiver.url("/plain"), "events", EVENTS));
        jira.webhooks().dropNext(1);

        http.createIssue("lost");
        http.createIssue("delivered");

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.deliveries().size() >= 1);
        assertThat(receiver.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.header("X-Hub-Signature")).isNull();
            assertThat(d.json().at("/issue/key").asText()).isEqualTo("DEMO-2");
        });
        assertThat(jira.webhooks().dropped()).isEqualTo(1);
    }

    @Test
    void expandsIssueVariablesInTheHookUrl() {
        http.post("/rest/webhooks/1.0/webhook", Map.of("name", "vars", "url", receiver.url("/hook/${project.key}/${issue.key}"),
                "events", List.of("jira:issue_created")));

        http.createIssue("x");

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.deliveries().size() >= 1);
        assertThat(receiver.deliveries().get(0).path()).isEqualTo("/hook/DEMO/DEMO-1");
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
