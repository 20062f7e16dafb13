package io.entwine.connector.github;

import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.WebhookRejectedException;
import io.entwine.connector.support.WebhookSignatures;
import io.entwine.emulator.github.HookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookTest extends ConnectorFixture {
    private HookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new HookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private static WebhookRequest request(HookReceiver.Delivery delivery) {
        return new WebhookRequest(delivery.headers(), delivery.body());
    }

    private static WebhookRequest request(String event, String body, String signature) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("X-GitHub-Event", List.of(event));
        headers.put("X-GitHub-Delivery", List.of("72d3162e-cc78-11e3-81ab-4c9367dc0958"));
        headers.put("Content-Type", List.of("application/json"));
        if (signature != null) headers.put("X-Hub-Signature-256", List.of(signature));
        return new WebhookRequest(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String signed(String body) {
        return WebhookSignatures.sign(SECRET.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void registersItsHookOnceAndReadsTheSignedDeliveries() {
        assertThat(connector.ensureWebhook(receiver.url())).isTrue();
        assertThat(connector.ensureWebhook(receiver.url())).isTrue();

        assertThat(alice.get("/repos/acme/demo/hooks")).hasSize(1);
        var hook = alice.get("/repos/acme/demo/hooks").get(0);
        assertThat(hook.path("events").toString()).isEqualTo("[\"issues\",\"issue_comment\"]");
        assertThat(hook.path("config").path("content_type").asText()).isEqualTo("json");

        WebhookEvent ping = connector.parseWebhook(request(receiver.next()));
        assertThat(ping.eventType()).isEqualTo("ping");
        assertThat(ping.changes()).isEmpty();

        clock.advance(Duration.ofSeconds(42));
        issueByAlice("via webhook");
        HookReceiver.Delivery opened = receiver.next();
        WebhookEvent event = connector.parseWebhook(request(opened));

        assertThat(event.eventType()).isEqualTo("issues");
        assertThat(event.deliveryId()).isEqualTo(opened.header("X-GitHub-Delivery"));
        assertThat(event.changes()).containsExactly(new ChangedEntity("1", Instant.parse("2026-11-23T10:00:42Z"), false, "alice"));
    }

    @Test
    void reportsCommentEventsWithTheNewestTimeOfIssueAndComment() {
        connector.ensureWebhook(receiver.url());
        receiver.next();
        issueByAlice("discussed");
        receiver.next();
        long comment = alice.post(ISSUES + "/1/comments", Human.json("body", "c")).path("id").asLong();
        receiver.next();

        clock.advance(Duration.ofMinutes(3));
        alice.patch("/repos/acme/demo/issues/comments/" + comment, Human.json("body", "edited"));
        WebhookEvent edited = connector.parseWebhook(request(receiver.next()));

        assertThat(edited.eventType()).isEqualTo("issue_comment");
        assertThat(edited.changes()).containsExactly(new ChangedEntity("1", Instant.parse("2026-11-23T10:03:00Z"), false, "alice"));
    }

    @Test
    void reportsADeletedIssueAsGone() {
        connector.ensureWebhook(receiver.url());
        receiver.next();
        issueByAlice("doomed");
        receiver.next();

        github.deleteIssue("acme", "demo", 1);
        WebhookEvent deleted = connector.parseWebhook(request(receiver.next()));

        assertThat(deleted.changes()).hasSize(1);
        assertThat(deleted.changes().get(0).deleted()).isTrue();
        assertThat(deleted.changes().get(0).key()).isEqualTo("1");
    }

    @Test
    void refusesDeliveriesWithAMissingOrWrongSignature() {
        String body = "{\"action\":\"opened\",\"issue\":{\"number\":3,\"updated_at\":\"2026-11-23T10:00:00Z\"}}";

        assertThat(connector.parseWebhook(request("issues", body, signed(body))).changes()).hasSize(1);
        assertThatThrownBy(() -> connector.parseWebhook(request("issues", body, null)))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> connector.parseWebhook(request("issues", body, "sha256=" + "0".repeat(64))))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
        String tampered = body.replace("3", "4");
        assertThatThrownBy(() -> connector.parseWebhook(request("issues", tampered, signed(body))))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void refusesMalformedDeliveriesWith400() {
        assertThatThrownBy(() -> connector.parseWebhook(request("issues", "not json", signed("not json"))))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> connector.parseWebhook(request("issues", "{\"action\":\"opened\"}", signed("{\"action\":\"opened\"}"))))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
        WebhookRequest noEvent = new WebhookRequest(Map.of("X-Hub-Signature-256", List.of(signed("{}"))), "{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> connector.parseWebhook(noEvent))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void ignoresPullRequestsOtherRepositoriesAndOtherEvents() {
        String pr = "{\"action\":\"opened\",\"issue\":{\"number\":5,\"updated_at\":\"2026-11-23T10:00:00Z\",\"pull_request\":{}}}";
        String elsewhere = "{\"action\":\"opened\",\"issue\":{\"number\":5,\"updated_at\":\"2026-11-23T10:00:00Z\"},"
                + "\"repository\":{\"full_name\":\"acme/other\"}}";
        String label = "{\"action\":\"created\",\"label\":{\"name\":\"x\"}}";

        assertThat(connector.parseWebhook(request("issues", pr, signed(pr))).changes()).isEmpty();
        assertThat(connector.parseWebhook(request("issue_comment", pr, signed(pr))).changes()).isEmpty();
        assertThat(connector.parseWebhook(request("issues", elsewhere, signed(elsewhere))).changes()).isEmpty();
        assertThat(connector.parseWebhook(request("label", label, signed(label))).changes()).isEmpty();
    }

    @Test
    void acceptsUnsignedDeliveriesWhenNoSecretIsConfigured() {
        GitHubConnector open = new GitHubConnector(sleeper);
        open.start(config(Map.of("webhookSecret", "")));
        String body = "{\"action\":\"closed\",\"issue\":{\"number\":2,\"updated_at\":\"2026-11-23T10:00:00Z\"},\"sender\":{\"login\":\"bob\"}}";

        WebhookEvent event = open.parseWebhook(request("issues", body, null));

        assertThat(event.changes()).containsExactly(new ChangedEntity("2", Instant.parse("2026-11-23T10:00:00Z"), false, "bob"));
    }

    @Test
    void readsFormEncodedDeliveries() {
        alice.post("/repos/acme/demo/hooks", Human.json("events", List.of("issues"),
                "config", Map.of("url", receiver.url(), "content_type", "form", "secret", SECRET)));
        receiver.next();
        issueByAlice("form");

        WebhookEvent event = connector.parseWebhook(request(receiver.next()));

        assertThat(event.changes()).extracting(ChangedEntity::key).containsExactly("1");
    }

    @Test
    void saysSoWhenTheTokenMayNotManageHooks() {
        github.revokeAdmin("acme", "demo", "demo-bot");

        assertThat(connector.ensureWebhook(receiver.url())).isFalse();
        assertThat(alice.get("/repos/acme/demo/hooks")).isEmpty();
    }
}
