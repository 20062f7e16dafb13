package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WebhooksTest {
    private static final String REPO = "/repos/acme/demo";
    private static WebhookSchemas schemas;

    private final TestClock clock = TestClock.at("2026-11-23T10:00:00Z");
    private GitHubEmulator github;
    private HookReceiver receiver;
    private Api api;

    @BeforeAll
    static void loadSchemas() {
        schemas = WebhookSchemas.load();
    }

    @BeforeEach
    void start() {
        github = new GitHubEmulator(clock).start(0);
        receiver = new HookReceiver();
        api = Api.bearer(github, "demo");
    }

    @AfterEach
    void stop() {
        github.close();
        receiver.close();
    }

    private long createHook(String secret, List<String> events) {
        Api.Answer created = api.post(REPO + "/hooks", Api.json("name", "web", "active", true, "events", events,
                "config", Map.of("url", receiver.url(), "content_type", "json", "secret", secret)));
        assertThat(created.status()).isEqualTo(201);
        HookReceiver.Delivery ping = receiver.next();
        assertThat(ping.event()).isEqualTo("ping");
        return created.json().get("id").asLong();
    }

    private static JsonNode payload(HookReceiver.Delivery delivery) throws Exception {
        return Api.MAPPER.readTree(delivery.body());
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void createsListsAndDeletesAHookAndPingsItOnCreation() throws Exception {
        Api.Answer created = api.post(REPO + "/hooks", Api.json("name", "web", "events", List.of("issues", "issue_comment"),
                "config", Map.of("url", receiver.url(), "content_type", "json", "secret", "s3cret")));

        assertThat(created.status()).isEqualTo(201);
        JsonNode hook = created.json();
        long id = hook.get("id").asLong();
        assertThat(hook.get("config").get("url").asText()).isEqualTo(receiver.url());
        assertThat(hook.get("config").get("content_type").asText()).isEqualTo("json");
        assertThat(hook.get("config").get("secret").asText()).isEqualTo("********");
        assertThat(hook.get("events").toString()).isEqualTo("[\"issues\",\"issue_comment\"]");
        assertThat(hook.get("active").asBoolean()).isTrue();

        HookReceiver.Delivery ping = receiver.next();
        assertThat(ping.event()).isEqualTo("ping");
        assertThat(ping.header("X-GitHub-Hook-ID")).isEqualTo(String.valueOf(id));
        assertThat(payload(ping).get("hook_id").asLong()).isEqualTo(id);
        assertThat(payload(ping).get("zen").asText()).isNotBlank();
        assertThat(schemas.violations("ping", ping)).isEmpty();

        assertThat(api.get(REPO + "/hooks").json()).hasSize(1);
        assertThat(api.get(REPO + "/hooks/" + id).json().get("config").get("url").asText()).isEqualTo(receiver.url());
        assertThat(api.post(REPO + "/hooks/" + id + "/pings", null).status()).isEqualTo(204);
        assertThat(receiver.next().event()).isEqualTo("ping");

        assertThat(api.delete(REPO + "/hooks/" + id).status()).isEqualTo(204);
        assertThat(api.get(REPO + "/hooks/" + id).status()).isEqualTo(404);
        api.post(REPO + "/issues", Api.json("title", "unheard"));
        assertThat(receiver.drain(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void refusesAHookWithoutUrlOrForAUrlThatAlreadyHasOne() {
        assertThat(api.post(REPO + "/hooks", Api.json("config", Map.of("content_type", "json"))).status()).isEqualTo(422);
        createHook("s", List.of("issues"));

        Api.Answer duplicate = api.post(REPO + "/hooks", Api.json("config", Map.of("url", receiver.url())));
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.json().get("errors").get(0).get("message").asText()).isEqualTo("Hook already exists on this repository");
    }

    @Test
    void signsEveryDeliveryWithTheHooksSecret() throws Exception {
        long hookId = createHook("It's a Secret to Everybody", List.of("issues"));

        api.post(REPO + "/issues", Api.json("title", "Signed"));

        HookReceiver.Delivery d = receiver.next();
        assertThat(d.event()).isEqualTo("issues");
        assertThat(d.header("X-Hub-Signature-256")).isEqualTo(hmac("It's a Secret to Everybody", d.body()));
        assertThat(d.header("X-Hub-Signature-256")).isNotEqualTo(hmac("another secret", d.body()));
        assertThat(d.header("X-Hub-Signature")).startsWith("sha1=");
        assertThat(d.header("User-Agent")).startsWith("GitHub-Hookshot/");
        assertThat(UUID.fromString(d.header("X-GitHub-Delivery"))).isNotNull();
        assertThat(d.header("X-GitHub-Hook-ID")).isEqualTo(String.valueOf(hookId));
        assertThat(d.header("X-GitHub-Hook-Installation-Target-Type")).isEqualTo("repository");
        assertThat(d.header("Content-Type")).isEqualTo("application/json");
        assertThat(payload(d).get("issue").get("title").asText()).isEqualTo("Signed");
    }

    @Test
    void deliversEveryIssueActionInTheShapeOfTheWebhooksDescription() throws Exception {
        createHook("k", List.of("issues"));
        github.addToken("alice-token", "alice");
        Api alice = Api.bearer(github, "alice-token");

        alice.post(REPO + "/issues", Api.json("title", "Old title"));
        clock.advance(Duration.ofMinutes(1));
        api.patch(REPO + "/issues/1", Api.json("title", "New title", "labels", List.of("bug"), "assignees", List.of("bob")));
        api.patch(REPO + "/issues/1", Api.json("labels", List.of(), "assignees", List.of()));
        api.patch(REPO + "/issues/1", Api.json("state", "closed", "state_reason", "not_planned"));
        api.patch(REPO + "/issues/1", Api.json("state", "open"));
        github.deleteIssue("acme", "demo", 1);

        List<HookReceiver.Delivery> deliveries = receiver.next(9);
        List<String> actions = new ArrayList<>();
        for (HookReceiver.Delivery d : deliveries) {
            String action = payload(d).get("action").asText();
            actions.add(action);
            assertThat(schemas.violations(WebhookSchemas.nameOf(d, action), d)).as("issues.%s", action).isEmpty();
        }
        assertThat(actions).containsExactly("opened", "edited", "labeled", "assigned", "unlabeled", "unassigned",
                "closed", "reopened", "deleted");

        JsonNode opened = payload(deliveries.get(0));
        assertThat(opened.get("sender").get("login").asText()).isEqualTo("alice");
        assertThat(opened.get("repository").get("full_name").asText()).isEqualTo("acme/demo");
        JsonNode edited = payload(deliveries.get(1));
        assertThat(edited.get("changes").get("title").get("from").asText()).isEqualTo("Old title");
        assertThat(edited.get("issue").get("updated_at").asText()).isEqualTo("2026-11-23T10:01:00Z");
        assertThat(edited.get("sender").get("login").asText()).isEqualTo("demo-bot");
        assertThat(payload(deliveries.get(2)).get("label").get("name").asText()).isEqualTo("bug");
        assertThat(payload(deliveries.get(3)).get("assignee").get("login").asText()).isEqualTo("bob");
        assertThat(payload(deliveries.get(6)).get("issue").get("state_reason").asText()).isEqualTo("not_planned");
    }

    @Test
    void deliversCommentActionsInTheShapeOfTheWebhooksDescription() throws Exception {
        createHook("k", List.of("issue_comment"));
        api.post(REPO + "/issues", Api.json("title", "Discussed"));

        long id = api.post(REPO + "/issues/1/comments", Api.json("body", "first")).json().get("id").asLong();
        api.patch(REPO + "/issues/comments/" + id, Api.json("body", "second"));
        api.delete(REPO + "/issues/comments/" + id);

        List<HookReceiver.Delivery> deliveries = receiver.next(3);
        List<String> actions = new ArrayList<>();
        for (HookReceiver.Delivery d : deliveries) {
            assertThat(d.event()).isEqualTo("issue_comment");
            String action = payload(d).get("action").asText();
            actions.add(action);
            assertThat(schemas.violations(WebhookSchemas.nameOf(d, action), d)).as("issue_comment.%s", action).isEmpty();
        }
        assertThat(actions).containsExactly("created", "edited", "deleted");
        assertThat(payload(deliveries.get(0)).get("comment").get("body").asText()).isEqualTo("first");
        assertThat(payload(deliveries.get(0)).get("issue").get("number").asInt()).isEqualTo(1);
        assertThat(payload(deliveries.get(1)).get("changes").get("body").get("from").asText()).isEqualTo("first");
        assertThat(receiver.drain(Duration.ofMillis(200))).as("issue events were not subscribed").isEmpty();
    }

    @Test
    void sendsFormEncodedPayloadsWhenTheHookAsksForForm() throws Exception {
        api.post(REPO + "/hooks", Api.json("events", List.of("issues"), "config", Map.of("url", receiver.url(), "secret", "f")));
        receiver.next();

        api.post(REPO + "/issues", Api.json("title", "Form"));

        HookReceiver.Delivery d = receiver.next();
        assertThat(d.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(d.header("X-Hub-Signature-256")).isEqualTo(hmac("f", d.body()));
        String json = URLDecoder.decode(d.text().substring("payload=".length()), StandardCharsets.UTF_8);
        assertThat(Api.MAPPER.readTree(json).get("issue").get("title").asText()).isEqualTo("Form");
    }

    @Test
    void losesDeliveriesOnPurposeWhenAskedTo() throws Exception {
        createHook("k", List.of("issues"));
        github.webhooks().dropNext(1);

        api.post(REPO + "/issues", Api.json("title", "lost"));
        api.post(REPO + "/issues", Api.json("title", "kept"));

        assertThat(payload(receiver.next()).get("issue").get("title").asText()).isEqualTo("kept");
        assertThat(github.webhooks().dropped()).isEqualTo(1);
    }

    @Test
    void hidesHooksFromUsersWithoutAdminRights() {
        github.revokeAdmin("acme", "demo", "demo-bot");

        assertThat(api.get(REPO + "/hooks").status()).isEqualTo(404);
        assertThat(api.post(REPO + "/hooks", Api.json("config", Map.of("url", receiver.url()))).status()).isEqualTo(404);
        assertThat(api.get(REPO).json().get("permissions").get("admin").asBoolean()).isFalse();
        github.addToken("alice-token", "alice");
        assertThat(Api.bearer(github, "alice-token").get(REPO + "/hooks").status()).isEqualTo(200);
    }

    @Test
    void sendsNoIssueEventsForPullRequests() throws Exception {
        createHook("k", List.of("issues"));

        github.addPullRequest("acme", "demo", "A change");

        assertThat(receiver.drain(Duration.ofMillis(300))).isEmpty();
    }
}
