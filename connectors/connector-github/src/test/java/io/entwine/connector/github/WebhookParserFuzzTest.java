package io.entwine.connector.github;

import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.WebhookRejectedException;
import io.entwine.connector.support.WebhookSignatures;
import io.entwine.testkit.fuzz.FuzzRun;
import io.entwine.testkit.fuzz.JsonMutator;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GitHub webhook parsing under mutated deliveries, signed with the configured secret so the mutations reach the
 * parser (one in ten keeps a stale signature, which must be refused with 401): every delivery is either read or
 * refused with a {@link WebhookRejectedException} carrying a 4xx, within a second, and a read one names issues by
 * number. A 2,000-input smoke runs by default; {@code -Dentwine.fuzz=true} runs the full one.
 */
class WebhookParserFuzzTest {
    private static final String SECRET = "fuzz-secret";
    private static final String REPO = "{\"full_name\":\"acme/demo\",\"name\":\"demo\",\"owner\":{\"login\":\"acme\"}}";
    private static final String ISSUE = "{\"number\":7,\"id\":2001,\"title\":\"Crash on save\",\"body\":\"Steps\",\"state\":\"open\","
            + "\"labels\":[{\"name\":\"bug\"}],\"user\":{\"login\":\"alice\"},\"assignees\":[{\"login\":\"bob\"}],"
            + "\"created_at\":\"2026-11-20T09:00:00Z\",\"updated_at\":\"2026-11-20T10:00:00Z\",\"html_url\":\"https://github.com/acme/demo/issues/7\"}";
    private static final List<String> SEEDS = List.of(
            "{\"action\":\"edited\",\"issue\":" + ISSUE + ",\"repository\":" + REPO + ",\"sender\":{\"login\":\"alice\"}}",
            "{\"action\":\"deleted\",\"issue\":" + ISSUE + ",\"repository\":" + REPO + ",\"sender\":{\"login\":\"alice\"}}",
            "{\"action\":\"created\",\"issue\":" + ISSUE + ",\"comment\":{\"id\":99,\"body\":\"Me too\",\"user\":{\"login\":\"bob\"},"
                    + "\"created_at\":\"2026-11-20T11:00:00Z\",\"updated_at\":\"2026-11-20T11:00:00Z\"},\"repository\":" + REPO
                    + ",\"sender\":{\"login\":\"bob\"}}",
            "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1,\"repository\":" + REPO + "}");
    private static final String[] EVENTS = {"issues", "issues", "issue_comment", "issue_comment", "ping", "push", ""};

    @Test
    void everyDeliveryIsReadOrRefusedWithA4xx() {
        WebhookParser parser = new WebhookParser(new GitHubSettings("http://127.0.0.1:1", "http://127.0.0.1:1", "token", "acme", "demo",
                SECRET, Duration.ofSeconds(5)));
        FuzzRun.Report report = new FuzzRun("GitHub webhook parser", Duration.ofSeconds(1)).run(FuzzRun.execs(2_000, 200_000),
                FuzzRun.seed(), WebhookParserFuzzTest::deliveries, input -> parse(parser, input));

        assertThat(report.findings()).as(report.toString()).isEmpty();
        assertThat(report.outcomes()).containsKeys("read", "refused 400", "refused 401");
    }

    @Test
    void anIssueNumberThatIsNotAPositiveWholeNumberIsRefused() {
        // finding of the first smoke run (seed 20261123, exec 1344): {"number": {...}} was read as issue ""
        WebhookParser parser = new WebhookParser(new GitHubSettings("http://127.0.0.1:1", "http://127.0.0.1:1", "token", "acme", "demo",
                SECRET, Duration.ofSeconds(5)));
        for (String number : List.of("{\"n\":7}", "\"7\"", "[7]", "0", "-3", "7.5", "99999999999999999999")) {
            byte[] body = ("{\"action\":\"edited\",\"issue\":{\"number\":" + number + "},\"repository\":" + REPO + "}").getBytes(StandardCharsets.UTF_8);
            byte[] input = new byte[body.length + 1];
            input[0] = 2; // event issue_comment, JSON framing, a fresh signature
            System.arraycopy(body, 0, input, 1, body.length);
            assertThat(parse(parser, input)).as(number).isEqualTo("refused 400");
        }
    }

    /** Inputs: one byte of choice (event, framing, signature) followed by the mutated body. */
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

    private static String parse(WebhookParser parser, byte[] input) {
        int choice = input[0] & 0xff;
        byte[] body = java.util.Arrays.copyOfRange(input, 1, input.length);
        boolean form = choice % 5 == 0;
        if (form) {
            body = ("payload=" + URLEncoder.encode(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        boolean stale = choice % 10 == 1;
        String signature = WebhookSignatures.sign(SECRET.getBytes(StandardCharsets.UTF_8), stale ? new byte[]{1} : body);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("X-GitHub-Event", List.of(EVENTS[choice % EVENTS.length]));
        headers.put("X-GitHub-Delivery", List.of("d-" + choice));
        headers.put("X-Hub-Signature-256", List.of(signature));
        headers.put("Content-Type", List.of(form ? "application/x-www-form-urlencoded" : "application/json"));
        try {
            WebhookEvent event = parser.parse(new WebhookRequest(headers, body));
            if (stale) throw new AssertionError("a delivery with a stale signature was read");
            for (ChangedEntity change : event.changes()) {
                if (change.key() == null || change.key().isBlank()) throw new AssertionError("a change without an issue number: " + change);
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
