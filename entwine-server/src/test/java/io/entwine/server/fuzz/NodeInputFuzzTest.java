package io.entwine.server.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.connector.support.WebhookSignatures;
import io.entwine.server.TestNode;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.testkit.fuzz.FuzzRun;
import io.entwine.testkit.fuzz.JsonMutator;
import io.entwine.transport.Envelope;
import io.entwine.transport.MessageSigner;
import io.entwine.transport.PeerHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's two signed routes over real HTTP under mutated input, signed with the right key so the mutations get
 * past the signature check into the decoders: node messages (replica, ack, handshake and unknown types) and Jira
 * webhooks. Properties: never a 5xx, always a JSON answer, an answer within five seconds, and a refused message
 * changes nothing in the node's database (compared in full after every refusal). A 300-input smoke of each runs by
 * default; {@code -Dentwine.fuzz=true -Dentwine.fuzz.execs=N} runs the full ones.
 */
class NodeInputFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBHOOK_SECRET = "test-webhook-secret";
    private static final String USER = "{\"key\":\"da2695e95456fe8cf33f743c\",\"email\":\"alice@example.com\",\"displayName\":\"Alice Able\",\"active\":true}";
    private static final String REPLICA = "{\"$schema\":\"entwine/replica/v1\",\"id\":\"10042\",\"key\":\"GH-17\",\"summary\":\"Checkout fails\","
            + "\"description\":\"Steps:\\n1. pay\",\"status\":{\"id\":\"3\",\"name\":\"In Progress\"},\"priority\":{\"id\":\"2\",\"name\":\"High\"},"
            + "\"labels\":[{\"label\":\"checkout\"}],\"assignee\":" + USER + ",\"reporter\":" + USER + ","
            + "\"created\":\"2026-11-20T09:00:00Z\",\"updated\":\"2026-11-20T10:00:00Z\","
            + "\"comments\":[{\"id\":\"1001\",\"body\":\"Same here\",\"author\":" + USER + ",\"created\":\"2026-11-20T09:30:00Z\",\"updated\":\"2026-11-20T09:30:00Z\"}],"
            + "\"customFields\":{\"Team\":{\"id\":\"cf1\",\"name\":\"Team\",\"type\":\"string\",\"value\":\"Payments\"}},\"customKeys\":{\"k\":\"v\"}}";
    private static final List<String> MESSAGE_SEEDS = List.of(
            "{\"sourceKey\":\"17\",\"sourceUrl\":\"https://github.example/acme/shop/issues/17\",\"replica\":" + REPLICA + "}",
            "{\"sourceKey\":\"18\",\"replica\":{\"$schema\":\"entwine/replica/v1\",\"summary\":\"x\"}}",
            "{\"forKey\":\"DEMO-1\",\"key\":\"17\",\"url\":\"https://github.example/17\",\"baseline\":" + REPLICA + ",\"commentTraces\":[{\"localId\":\"1\",\"remoteId\":\"2\"}]}",
            "{\"invitationToken\":\"abc\",\"nodeName\":\"github-node\",\"nodeUrl\":\"http://127.0.0.1:9\"}");
    private static final String[] TYPES = {"replica", "replica", "replica", "replica", "ack", "ack", "handshake", "gossip"};
    private static final String ISSUE = "{\"id\":\"10001\",\"key\":\"DEMO-7\",\"fields\":{\"summary\":\"Crash on save\","
            + "\"updated\":\"2026-11-20T10:00:00.000+0000\",\"status\":{\"name\":\"To Do\"}}}";
    private static final List<String> WEBHOOK_SEEDS = List.of(
            "{\"timestamp\":1763632800000,\"webhookEvent\":\"jira:issue_updated\",\"user\":{\"accountId\":\"a1\"},\"issue\":" + ISSUE + "}",
            "{\"timestamp\":1763632800000,\"webhookEvent\":\"jira:issue_deleted\",\"issue\":" + ISSUE + "}",
            "{\"timestamp\":1763632800000,\"webhookEvent\":\"comment_created\",\"comment\":{\"id\":\"1\",\"updateAuthor\":{\"accountId\":\"a1\"}},\"issue\":" + ISSUE + "}");

    @TempDir
    static Path dir;
    static TestNode test;
    static Connection connection;
    static String lastDump;
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startNode() {
        test = TestNode.start(dir);
        var node = test.node.node();
        String id = node.connections().invite("c1").connectionId();
        node.database().useTransaction(tx -> tx.connections().updateStatus(id, ConnectionStatus.ACTIVE));
        connection = node.connections().find(id).orElseThrow();
        awaitSettled();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    private static void awaitSettled() {
        String[] last = {test.dump()};
        org.awaitility.Awaitility.await().pollInterval(Duration.ofMillis(100)).during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10))
                .until(() -> {
                    String now = test.dump();
                    boolean same = now.equals(last[0]);
                    last[0] = now;
                    return same;
                });
        lastDump = last[0];
    }

    @Test
    void signedMutatedNodeMessagesNeverGetA5xxAndRefusedOnesChangeNothing() {
        FuzzRun.Report report = new FuzzRun("node message endpoint", Duration.ofSeconds(5)).run(FuzzRun.execs(300, 20_000), FuzzRun.seed(),
                random -> withChoice(new JsonMutator(MESSAGE_SEEDS, random), random), NodeInputFuzzTest::message);

        assertThat(report.findings()).as(report.toString()).isEmpty();
        assertThat(report.outcomes()).containsKeys("accepted 202", "refused 400");
    }

    @Test
    void signedMutatedWebhooksNeverGetA5xxAndRefusedOnesChangeNothing() {
        FuzzRun.Report report = new FuzzRun("webhook endpoint (Jira node)", Duration.ofSeconds(5)).run(FuzzRun.execs(300, 20_000), FuzzRun.seed(),
                random -> withChoice(new JsonMutator(WEBHOOK_SEEDS, random), random), NodeInputFuzzTest::webhook);

        assertThat(report.findings()).as(report.toString()).isEmpty();
        assertThat(report.outcomes()).containsKeys("accepted 202", "refused 400");
    }

    /** Inputs: one byte of choice (message type, signature) followed by the mutated body. */
    private static Supplier<byte[]> withChoice(JsonMutator mutator, Random random) {
        return () -> {
            byte[] body = mutator.next();
            byte[] input = new byte[body.length + 1];
            input[0] = (byte) random.nextInt(256);
            System.arraycopy(body, 0, input, 1, body.length);
            return input;
        };
    }

    private static String message(byte[] input) throws Exception {
        int choice = input[0] & 0xff;
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        Envelope e = Envelope.create(connection.id(), TYPES[choice % TYPES.length], body, Clock.systemUTC());
        boolean badSignature = choice % 16 == 3;
        HttpRequest request = HttpRequest.newBuilder(URI.create(test.node.url() + PeerHeaders.MESSAGES_PATH))
                .timeout(Duration.ofSeconds(5))
                .header(PeerHeaders.CONNECTION, e.connectionId()).header(PeerHeaders.MESSAGE_ID, e.messageId())
                .header(PeerHeaders.MESSAGE_TYPE, e.type()).header(PeerHeaders.TIMESTAMP, String.valueOf(e.timestamp().toEpochMilli()))
                .header(PeerHeaders.SIGNATURE, MessageSigner.sign(badSignature ? new byte[32] : connection.secret(), e))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        String outcome = check(http.send(request, HttpResponse.BodyHandlers.ofString()), "reason");
        if (badSignature && !outcome.equals("refused 401")) throw new AssertionError("a wrongly signed message got " + outcome);
        return outcome;
    }

    private static String webhook(byte[] input) throws Exception {
        int choice = input[0] & 0xff;
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        boolean badSignature = choice % 16 == 3;
        HttpRequest request = HttpRequest.newBuilder(URI.create(test.node.url() + "/webhooks/jira-cloud"))
                .timeout(Duration.ofSeconds(5))
                .header("X-Hub-Signature", WebhookSignatures.sign(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), badSignature ? new byte[]{1} : body))
                .header("Content-Type", choice % 7 == 0 ? "text/plain" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        String outcome = check(http.send(request, HttpResponse.BodyHandlers.ofString()), "error");
        if (badSignature && outcome.startsWith("accepted")) throw new AssertionError("a wrongly signed webhook was accepted");
        return outcome;
    }

    /** The answer's status class, after checking the properties every answer must have. */
    private static String check(HttpResponse<String> answer, String reasonField) {
        int status = answer.statusCode();
        if (status >= 500) {
            lastDump = test.dump(); // judge the next input on its own
            throw new AssertionError("answered " + status + ": " + answer.body());
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (Exception notJson) {
            throw new AssertionError("answered " + status + " with a body that is not JSON: " + answer.body());
        }
        String now = test.dump();
        if (status >= 400) {
            if (body.path(reasonField).asText("").isBlank()) throw new AssertionError("refused " + status + " without a reason: " + answer.body());
            if (!now.equals(lastDump)) {
                lastDump = now;
                throw new AssertionError("refused " + status + " (" + body.path(reasonField).asText() + ") but the database changed");
            }
            return "refused " + status;
        }
        lastDump = now;
        return "accepted " + status;
    }
}
