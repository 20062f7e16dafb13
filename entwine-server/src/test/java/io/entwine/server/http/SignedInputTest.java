package io.entwine.server.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.entwine.connector.support.WebhookSignatures;
import io.entwine.server.TestNode;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.transport.Envelope;
import io.entwine.transport.MessageSigner;
import io.entwine.transport.PeerHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the two signed routes, node messages and tracker webhooks: unsigned, wrongly signed, tampered,
 * replayed, for an unknown connection, malformed, schema-invalid and of unknown type. Each is refused with the
 * status and reason the sender can act on, logged once at WARN without the body, and nothing is queued or
 * twinned (the whole database is compared before and after). A genuine message, sent once, shows the comparison
 * would see a change; its replay is answered as a duplicate and applies nothing.
 */
class SignedInputTest {
    private static final String WEBHOOK_SECRET = "test-webhook-secret";

    @TempDir
    static Path dir;
    static TestNode test;
    static Connection connection;
    static ListAppender<ILoggingEvent> logs;
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startNode() {
        test = TestNode.start(dir);
        var node = test.node.node();
        String id = node.connections().invite("c1").connectionId();
        node.database().useTransaction(tx -> tx.connections().updateStatus(id, ConnectionStatus.ACTIVE));
        connection = node.connections().find(id).orElseThrow();
        logs = BadInputTest.captureLogs();
        BadInputTest.awaitSettled(test);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        test.close();
    }

    private static String replicaMessage(String key, String replica) {
        return "{\"sourceKey\":\"" + key + "\",\"sourceUrl\":\"http://example.invalid/" + key + "\",\"replica\":" + replica + "}";
    }

    private static String replica(String key) {
        return "{\"$schema\":\"entwine/replica/v1\",\"key\":\"" + key + "\",\"summary\":\"" + BadInputTest.SECRET + "\"}";
    }

    private static Envelope envelope(String type, String body) {
        return Envelope.create(connection.id(), type, body.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
    }

    private static Map<String, String> signed(Envelope e, byte[] secret) {
        Map<String, String> h = headers(e);
        h.put(PeerHeaders.SIGNATURE, MessageSigner.sign(secret, e));
        return h;
    }

    private static Map<String, String> headers(Envelope e) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(PeerHeaders.CONNECTION, e.connectionId());
        h.put(PeerHeaders.MESSAGE_ID, e.messageId());
        h.put(PeerHeaders.MESSAGE_TYPE, e.type());
        h.put(PeerHeaders.TIMESTAMP, String.valueOf(e.timestamp().toEpochMilli()));
        h.put("Content-Type", "application/json");
        return h;
    }

    private static HttpResponse<String> post(String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(test.node.url() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> message(Envelope e, Map<String, String> headers) {
        return post(PeerHeaders.MESSAGES_PATH, headers, e.body());
    }

    @Test
    void badNodeMessagesAreRefusedWithTheReasonAndApplyNothing() {
        byte[] secret = connection.secret();
        Envelope genuine = envelope("replica", replicaMessage("EVIL-1", replica("EVIL-1")));

        Map<String, Case> cases = new LinkedHashMap<>();
        Map<String, String> unsigned = headers(genuine);
        cases.put("unsigned", new Case(() -> message(genuine, unsigned), 400, "missing header X-Entwine-Signature"));
        Map<String, String> garbled = signed(genuine, secret);
        garbled.put(PeerHeaders.SIGNATURE, "v1=xyz");
        cases.put("a garbled signature", new Case(() -> message(genuine, garbled), 400, "malformed header X-Entwine-Signature"));
        cases.put("signed with another secret", new Case(() -> message(genuine, signed(genuine, new byte[32])), 401, "signature mismatch"));
        Envelope tampered = new Envelope(genuine.messageId(), genuine.connectionId(), genuine.type(), genuine.timestamp(),
                replicaMessage("EVIL-1", replica("EVIL-2")).getBytes(StandardCharsets.UTF_8));
        cases.put("tampered after signing", new Case(() -> message(tampered, signed(genuine, secret)), 401, "signature mismatch"));
        Envelope old = new Envelope("old-1", connection.id(), "replica", Instant.now().minus(Duration.ofMinutes(20)), genuine.body());
        cases.put("replayed from 20 minutes ago", new Case(() -> message(old, signed(old, secret)), 401, "outside the replay window"));
        Envelope stranger = new Envelope("m-1", "no-such-connection", "replica", Instant.now(), genuine.body());
        cases.put("for an unknown connection", new Case(() -> message(stranger, signed(stranger, secret)), 404, "unknown connection no-such-connection"));
        Map<String, String> badTime = signed(genuine, secret);
        badTime.put(PeerHeaders.TIMESTAMP, "yesterday");
        cases.put("with a malformed timestamp", new Case(() -> message(genuine, badTime), 400, "malformed header X-Entwine-Timestamp"));
        Envelope v9 = envelope("replica", replicaMessage("EVIL-3", "{\"$schema\":\"entwine/replica/v9\",\"summary\":\"x\"}"));
        cases.put("a replica of a newer schema", new Case(() -> message(v9, signed(v9, secret)), 400, "unsupported replica schema"));
        Envelope badField = envelope("replica", replicaMessage("EVIL-4", "{\"$schema\":\"entwine/replica/v1\",\"labels\":5}"));
        cases.put("a replica with a field of the wrong shape", new Case(() -> message(badField, signed(badField, secret)), 400, "replica.labels"));
        Envelope noKey = envelope("replica", "{\"replica\":" + replica("X") + "}");
        cases.put("a replica message without its source key", new Case(() -> message(noKey, signed(noKey, secret)), 400, "needs 'sourceKey'"));
        Envelope notJson = envelope("replica", "{\"sourceKey\": \"EVIL-5\", \"replica\": {" + BadInputTest.SECRET);
        cases.put("signed JSON that ends early", new Case(() -> message(notJson, signed(notJson, secret)), 400, "malformed ReplicaMessage body at line 1, column"));
        Envelope wrongType = envelope("replica", "{\"sourceKey\": 5, \"replica\": \"" + BadInputTest.SECRET + "\"}");
        cases.put("a replica message with a replica that is not an object", new Case(() -> message(wrongType, signed(wrongType, secret)), 400, null));
        Envelope unknownType = envelope("gossip", "{}");
        Envelope hello = envelope("handshake", "{\"invitationToken\":\"abc\",\"nodeName\":\"x\"}");
        cases.put("a handshake without the node's URL", new Case(() -> message(hello, signed(hello, secret)), 400,
                "handshake message needs 'invitationToken', 'nodeName' and 'nodeUrl'"));
        Map<String, String> unsignedGarbage = headers(notJson);
        cases.put("unsigned JSON that ends early", new Case(() -> message(notJson, unsignedGarbage), 400, "missing header X-Entwine-Signature"));
        cases.put("JSON that ends early signed with another secret", new Case(() -> message(notJson, signed(notJson, new byte[32])), 401, "signature mismatch"));
        Envelope longKey = envelope("replica", replicaMessage("K".repeat(501), replica("X")));
        cases.put("a replica message with a key longer than a twin keeps", new Case(() -> message(longKey, signed(longKey, secret)), 400,
                "'sourceKey' is 501 characters long; at most 500 are kept"));
        cases.put("of an unknown type", new Case(() -> message(unknownType, signed(unknownType, secret)), 400, "unknown message type 'gossip'"));
        Envelope strayAck = envelope("ack", "{\"forKey\":\"DEMO-999\",\"key\":\"7\",\"url\":\"http://example.invalid/7\"}");
        cases.put("an ack for a twin this node does not have", new Case(() -> message(strayAck, signed(strayAck, secret)), 404, "no twin with that key"));

        cases.forEach((what, c) -> expectRefusal("node message " + what, "POST " + PeerHeaders.MESSAGES_PATH, c));
    }

    @Test
    void aReplayedMessageIdIsAnsweredAsADuplicateAndAppliesNothingTwice() {
        Envelope first = envelope("replica", replicaMessage("GOOD-1", replica("GOOD-1")));
        String before = test.dump();
        assertThat(message(first, signed(first, connection.secret())).statusCode()).isEqualTo(202);
        String afterFirst = test.dump();
        assertThat(afterFirst).as("the genuine message was queued").isNotEqualTo(before);

        Envelope replay = first.withTimestamp(Instant.now());
        HttpResponse<String> answer = message(replay, signed(replay, connection.secret()));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("duplicate");
        assertThat(test.dump()).isEqualTo(afterFirst);
    }

    @Test
    void badWebhooksAreRefusedWithTheReasonAndQueueNothing() {
        byte[] secret = WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8);
        String event = "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"DEMO-1\",\"fields\":{\"updated\":\"2026-11-20T10:00:00.000+0000\"}},"
                + "\"note\":\"" + BadInputTest.SECRET + "\"}";
        byte[] body = event.getBytes(StandardCharsets.UTF_8);
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("unsigned", new Case(() -> webhook("jira-cloud", Map.of("Content-Type", "application/json"), body), 401, "without X-Hub-Signature"));
        cases.put("signed with another secret", new Case(() -> webhook("jira-cloud", Map.of("Content-Type", "application/json",
                "X-Hub-Signature", WebhookSignatures.sign("other".getBytes(StandardCharsets.UTF_8), body)), body), 401, "does not match"));
        byte[] tampered = event.replace("DEMO-1", "DEMO-2").getBytes(StandardCharsets.UTF_8);
        cases.put("tampered after signing", new Case(() -> webhook("jira-cloud", Map.of("Content-Type", "application/json",
                "X-Hub-Signature", WebhookSignatures.sign(secret, body)), tampered), 401, "does not match"));
        byte[] text = ("not json " + BadInputTest.SECRET).getBytes(StandardCharsets.UTF_8);
        cases.put("signed text that is not JSON", new Case(() -> webhook("jira-cloud", Map.of("Content-Type", "text/plain",
                "X-Hub-Signature", WebhookSignatures.sign(secret, text)), text), 400, "Jira webhook body is not JSON"));
        byte[] noEvent = "{\"issue\":{\"key\":\"DEMO-1\"}}".getBytes(StandardCharsets.UTF_8);
        cases.put("signed JSON without webhookEvent", new Case(() -> webhook("jira-cloud", Map.of("Content-Type", "application/json",
                "X-Hub-Signature", WebhookSignatures.sign(secret, noEvent)), noEvent), 400, "has no webhookEvent"));
        byte[] badTime = event.replace("2026-11-20T10:00:00.000+0000", "last tuesday").getBytes(StandardCharsets.UTF_8);
        cases.put("signed with an unreadable timestamp", new Case(() -> webhook("jira-cloud", Map.of("Content-Type", "application/json",
                "X-Hub-Signature", WebhookSignatures.sign(secret, badTime)), badTime), 400, "issue.fields.updated"));
        cases.put("for another tracker kind", new Case(() -> webhook("github", Map.of("Content-Type", "application/json",
                "X-Hub-Signature", WebhookSignatures.sign(secret, body)), body), 404, "this node serves a jira-cloud tracker, not github"));
        cases.forEach((what, c) -> expectRefusal("webhook " + what, "POST /webhooks/", c));
    }

    private static HttpResponse<String> webhook(String kind, Map<String, String> headers, byte[] body) {
        return post("/webhooks/" + kind, headers, body);
    }

    private record Case(java.util.function.Supplier<HttpResponse<String>> call, int status, String reason) {
    }

    private static void expectRefusal(String label, String call, Case c) {
        String before = test.dump();
        int mark = logs.list.size();
        HttpResponse<String> answer = c.call().get();
        RawHttp.Answer raw = new RawHttp.Answer(answer.statusCode(), answer.body());
        assertThat(answer.statusCode()).as("%s: %s", label, answer.body()).isEqualTo(c.status());
        assertThat(BadInputTest.reason(raw)).as(label).isNotBlank();
        if (c.reason() != null) assertThat(BadInputTest.reason(raw)).as(label).contains(c.reason());
        assertThat(test.dump()).as("database after %s", label).isEqualTo(before);
        BadInputTest.assertOneWarning(logs, mark, call, c.status());
    }
}
