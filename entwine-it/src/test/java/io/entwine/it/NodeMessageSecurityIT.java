package io.entwine.it;

import io.entwine.store.connection.Connection;
import io.entwine.transport.Envelope;
import io.entwine.transport.MessageSigner;
import io.entwine.transport.PeerHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tampered, wrongly signed and replayed node messages are rejected with a reason, and nothing is applied. */
class NodeMessageSecurityIT {
    @TempDir
    Path dataDir;
    Topology t;
    RestClient githubNode;
    Connection connection;

    @BeforeEach
    void start() {
        t = Topology.start(dataDir);
        githubNode = new RestClient(t.githubNode().url(), "none");
        connection = t.githubNode().node().connections().find(t.demo.connectionId()).orElseThrow();
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private String replicaMessage(String sourceKey, String summary) {
        return "{\"sourceKey\":\"" + sourceKey + "\",\"sourceUrl\":\"http://example.invalid/" + sourceKey + "\","
                + "\"replica\":{\"$schema\":\"entwine/replica/v1\",\"key\":\"" + sourceKey + "\",\"summary\":\"" + summary + "\"}}";
    }

    private HttpResponse<String> post(Envelope e, String signature) {
        return githubNode.raw("POST", PeerHeaders.MESSAGES_PATH, Map.of(
                PeerHeaders.CONNECTION, e.connectionId(), PeerHeaders.MESSAGE_ID, e.messageId(), PeerHeaders.MESSAGE_TYPE, e.type(),
                PeerHeaders.TIMESTAMP, String.valueOf(e.timestamp().toEpochMilli()), PeerHeaders.SIGNATURE, signature,
                "Content-Type", "application/json"), e.body());
    }

    @Test
    void aTamperedMessageIsRejectedAndNothingIsApplied() {
        Envelope genuine = Envelope.create(connection.id(), "replica", replicaMessage("EVIL-1", "genuine").getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        String signature = MessageSigner.sign(connection.secret(), genuine);
        Envelope tampered = new Envelope(genuine.messageId(), genuine.connectionId(), genuine.type(), genuine.timestamp(),
                replicaMessage("EVIL-1", "tampered").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = post(tampered, signature);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("signature mismatch");
        assertNothingApplied();
    }

    @Test
    void aMessageSignedWithTheWrongSecretIsRejected() {
        Envelope e = Envelope.create(connection.id(), "replica", replicaMessage("EVIL-2", "x").getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        HttpResponse<String> answer = post(e, MessageSigner.sign(new byte[32], e));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("signature mismatch");
        assertNothingApplied();
    }

    @Test
    void aReplayedOldMessageIsRejectedAsOutsideTheReplayWindow() {
        Envelope old = Envelope.create(connection.id(), "replica", replicaMessage("EVIL-3", "x").getBytes(StandardCharsets.UTF_8),
                Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), java.time.ZoneOffset.UTC));
        HttpResponse<String> answer = post(old, MessageSigner.sign(connection.secret(), old));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("outside the replay window");
        assertNothingApplied();
    }

    @Test
    void aReplayedMessageIdIsNotAppliedTwice() {
        String key = t.jira.create("Replay target", null, null);
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();
        Envelope first = Envelope.create(connection.id(), "replica", replicaMessage(key, "Set by a message").getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        assertThat(post(first, MessageSigner.sign(connection.secret(), first)).statusCode()).isEqualTo(202);
        t.awaitQuiet();
        long writes = t.demo.github().journal().successfulWrites();

        Envelope replay = first.withTimestamp(Instant.now());
        HttpResponse<String> answer = post(replay, MessageSigner.sign(connection.secret(), replay));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("duplicate");
        t.awaitQuiet();
        assertThat(t.demo.github().journal().successfulWrites()).isEqualTo(writes);
        assertThat(t.github.numbers()).containsExactly(number);
    }

    @Test
    void aSchemaInvalidReplicaIsRejectedWithTheReason() {
        String body = "{\"sourceKey\":\"X-1\",\"replica\":{\"$schema\":\"entwine/replica/v9\",\"summary\":\"x\"}}";
        Envelope e = Envelope.create(connection.id(), "replica", body.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        HttpResponse<String> answer = post(e, MessageSigner.sign(connection.secret(), e));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("unsupported replica schema");
        assertNothingApplied();
    }

    private void assertNothingApplied() {
        t.awaitQuiet();
        assertThat(t.github.numbers()).isEmpty();
        assertThat(Topology.depth(t.githubNode()).failed()).isZero();
    }
}
