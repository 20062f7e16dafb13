package io.entwine.connector.jira;

import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.WebhookRejectedException;
import io.entwine.connector.support.WebhookSignatures;
import io.entwine.testkit.fuzz.FuzzRun;
import io.entwine.testkit.fuzz.JsonMutator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira webhook parsing under mutated deliveries, signed with the configured secret so the mutations reach the
 * parser (one in ten keeps a stale signature, which must be refused with 401): every delivery is either read or
 * refused with a {@link WebhookRejectedException} carrying a 4xx, within a second, and a read one names issues of
 * the project. A 2,000-input smoke runs by default; {@code -Dentwine.fuzz=true} runs the full one.
 */
class JiraWebhooksFuzzTest {
    private static final String SECRET = "fuzz-secret";
    private static final String ISSUE = "{\"id\":\"10001\",\"key\":\"DEMO-7\",\"fields\":{\"summary\":\"Crash on save\","
            + "\"updated\":\"2026-11-20T10:00:00.000+0000\",\"created\":\"2026-11-20T09:00:00.000+0000\","
            + "\"status\":{\"name\":\"To Do\"},\"priority\":{\"name\":\"High\"},\"labels\":[\"bug\"]}}";
    private static final String USER = "{\"accountId\":\"da2695e95456fe8cf33f743c\",\"displayName\":\"Alice Able\"}";
    private static final List<String> SEEDS = List.of(
            "{\"timestamp\":1763632800000,\"webhookEvent\":\"jira:issue_updated\",\"issue_event_type_name\":\"issue_generic\","
                    + "\"user\":" + USER + ",\"issue\":" + ISSUE + ",\"changelog\":{\"id\":\"1\",\"items\":[{\"field\":\"summary\","
                    + "\"fromString\":\"a\",\"toString\":\"b\"}]}}",
            "{\"timestamp\":1763632800000,\"webhookEvent\":\"jira:issue_deleted\",\"user\":" + USER + ",\"issue\":" + ISSUE + "}",
            "{\"timestamp\":1763632800000,\"webhookEvent\":\"comment_created\",\"comment\":{\"id\":\"20001\",\"body\":\"Me too\","
                    + "\"author\":" + USER + ",\"updateAuthor\":" + USER + ",\"created\":\"2026-11-20T11:00:00.000+0000\"},\"issue\":" + ISSUE + "}");

    @Test
    void everyDeliveryIsReadOrRefusedWithA4xx() {
        JiraWebhooks webhooks = new JiraWebhooks(null, "DEMO", SECRET);
        FuzzRun.Report report = new FuzzRun("Jira webhook parser", Duration.ofSeconds(1)).run(FuzzRun.execs(2_000, 200_000),
                FuzzRun.seed(), JiraWebhooksFuzzTest::deliveries, input -> parse(webhooks, input));

        assertThat(report.findings()).as(report.toString()).isEmpty();
        assertThat(report.outcomes()).containsKeys("read", "refused 400", "refused 401");
    }

    /** Inputs: one byte of choice (signature) followed by the mutated body. */
    private static Supplier<byte[]> deliveries(Random random) {
        JsonMutator mutator = new JsonMutator(SEEDS, random);
        return () -> {
            byte[] body = mutator.next();
            byte[] input = new byte[body.length + 1];
            input[0] = (byte) random.nextInt(256);
            System.arraycopy(body, 0, input, 1, body.length);
            return input;
        };
    }

    private static String parse(JiraWebhooks webhooks, byte[] input) {
        byte[] body = java.util.Arrays.copyOfRange(input, 1, input.length);
        boolean stale = (input[0] & 0xff) % 10 == 1;
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("X-Hub-Signature", List.of(WebhookSignatures.sign(SECRET.getBytes(StandardCharsets.UTF_8), stale ? new byte[]{1} : body)));
        headers.put("X-Atlassian-Webhook-Identifier", List.of("d-1"));
        headers.put("Content-Type", List.of("application/json"));
        try {
            WebhookEvent event = webhooks.parse(new WebhookRequest(headers, body));
            if (stale) throw new AssertionError("a delivery with a stale signature was read");
            for (ChangedEntity change : event.changes()) {
                if (change.key() == null || !change.key().startsWith("DEMO-")) throw new AssertionError("a change outside the project: " + change);
            }
            return "read";
        } catch (WebhookRejectedException refused) {
            if (refused.status() < 400 || refused.status() > 499) throw new AssertionError("refused with " + refused.status(), refused);
            if (stale && refused.status() != 401) throw new AssertionError("a stale signature must be 401, was " + refused.status());
            if (refused.getMessage() == null || refused.getMessage().isBlank()) throw new AssertionError("refused without a reason");
            return "refused " + refused.status();
        }
    }
}
