package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.WebhookRejectedException;
import io.entwine.connector.support.WebhookSignatures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class JiraWebhookTest {
    private final JiraFixture f = new JiraFixture();
    private final List<WebhookRequest> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @BeforeEach
    void listen() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/jira", exchange -> {
            received.add(new WebhookRequest(exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void close() {
        receiver.stop(0);
        f.close();
    }

    private String callback() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/jira";
    }

    private WebhookRequest awaitEvent(String webhookEvent) {
        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(r -> event(r).equals(webhookEvent)));
        return received.stream().filter(r -> event(r).equals(webhookEvent)).findFirst().orElseThrow();
    }

    private static String event(WebhookRequest r) {
        return JiraFixture.parse(new String(r.body(), StandardCharsets.UTF_8)).path("webhookEvent").asText();
    }

    @Test
    void registersOneSignedHookForTheProjectAndIsIdempotent() {
        f.started();

        assertThat(f.connector.ensureWebhook(callback())).isTrue();
        assertThat(f.connector.ensureWebhook(callback())).isTrue();

        JsonNode registered = JiraFixture.parse(f.jira.journal().matching(e -> e.method().equals("POST") && e.path().startsWith("/rest/webhooks/"))
                .get(0).requestBody());
        assertThat(f.jira.journal().matching(e -> e.method().equals("POST") && e.path().startsWith("/rest/webhooks/"))).hasSize(1);
        assertThat(registered.path("url").asText()).isEqualTo(callback());
        assertThat(registered.path("events")).extracting(JsonNode::asText).containsExactlyElementsOf(JiraWebhooks.EVENTS);
        assertThat(registered.path("filters").path("issue-related-events-section").asText()).isEqualTo("project = \"DEMO\"");
        assertThat(registered.path("secret").asText()).isEqualTo(JiraFixture.SECRET);
    }

    @Test
    void aUserWhoIsNotAnAdministratorCannotRegisterAndPollingCarriesOn() {
        f.connector.start(f.config(Map.of("email", "alice@example.com", "apiToken", "alice-token")));

        assertThat(f.connector.ensureWebhook(callback())).isFalse();
    }

    @Test
    void readsAVerifiedIssueUpdateAsAChangeByItsActor() {
        f.started();
        f.connector.ensureWebhook(callback());
        String key = f.aliceCreates("hooked");
        f.clock.advance(Duration.ofSeconds(7));
        f.aliceEdits(key, "renamed");

        WebhookRequest delivery = awaitEvent("jira:issue_updated");
        WebhookEvent event = f.connector.parseWebhook(delivery);

        assertThat(event.deliveryId()).isEqualTo(delivery.header("X-Atlassian-Webhook-Identifier")).isNotBlank();
        assertThat(event.eventType()).isEqualTo("jira:issue_updated");
        assertThat(event.changes()).containsExactly(new ChangedEntity(key, Instant.parse("2026-11-23T10:00:07Z"), false,
                f.jira.accountId("alice@example.com")));
    }

    @Test
    void readsDeletionsAndCommentEvents() {
        f.started();
        f.connector.ensureWebhook(callback());
        String key = f.aliceCreates("short-lived");
        f.connector.addComment(key, new io.entwine.api.replica.HubComment(null, "bye", null, null, null));
        f.clock.advance(Duration.ofMinutes(1));
        f.alice.delete("/rest/api/3/issue/" + key);

        WebhookEvent comment = f.connector.parseWebhook(awaitEvent("comment_created"));
        WebhookEvent deleted = f.connector.parseWebhook(awaitEvent("jira:issue_deleted"));

        assertThat(comment.changes()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(key);
            assertThat(c.actor()).isEqualTo(f.jira.accountId("demo@example.com"));
            assertThat(c.deleted()).isFalse();
        });
        assertThat(deleted.changes()).singleElement().satisfies(c -> {
            assertThat(c.deleted()).isTrue();
            assertThat(c.updated()).isEqualTo(Instant.parse("2026-11-23T10:01:00Z"));
            assertThat(c.actor()).isEqualTo(f.jira.accountId("alice@example.com"));
        });
    }

    @Test
    void rejectsDeliveriesWithABadOrMissingSignature() {
        f.started();
        byte[] body = "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"DEMO-1\",\"fields\":{}}}".getBytes(StandardCharsets.UTF_8);
        String forged = WebhookSignatures.sign("not-the-secret".getBytes(StandardCharsets.UTF_8), body);

        assertThatThrownBy(() -> f.connector.parseWebhook(new WebhookRequest(Map.of("X-Hub-Signature", List.of(forged)), body)))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> f.connector.parseWebhook(new WebhookRequest(Map.of(), body)))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("without X-Hub-Signature");
        String good = WebhookSignatures.sign(JiraFixture.SECRET.getBytes(StandardCharsets.UTF_8), body);
        assertThat(f.connector.parseWebhook(new WebhookRequest(Map.of("x-hub-signature", List.of(good)), body)).changes())
                .extracting(ChangedEntity::key).containsExactly("DEMO-1");
    }

    @Test
    void rejectsMalformedBodiesAndIgnoresOtherProjects() {
        f.connector.start(f.config(Map.of("webhookSecret", "")));

        assertThatThrownBy(() -> f.connector.parseWebhook(new WebhookRequest(Map.of(), "not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> f.connector.parseWebhook(new WebhookRequest(Map.of(), "[1]".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> f.connector.parseWebhook(new WebhookRequest(Map.of(),
                "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"DEMO-1\",\"fields\":{\"updated\":\"yesterday\"}}}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(f.connector.parseWebhook(new WebhookRequest(Map.of(),
                "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"OPS-1\"}}".getBytes(StandardCharsets.UTF_8))).changes()).isEmpty();
    }
}
