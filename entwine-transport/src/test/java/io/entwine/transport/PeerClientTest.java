package io.entwine.transport;

import io.entwine.testkit.ManualClock;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.RateLimitedException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.transport.errors.PeerRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeerClientTest {

    private static final byte[] SECRET = "shared-secret".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"key\":\"X-1\",\"summary\":\"Crash\"}".getBytes(StandardCharsets.UTF_8);

    private final ManualClock clock = new ManualClock(Instant.parse("2024-03-01T10:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final PeerClient client = new PeerClient(http, clock, sleeper, new RetryPolicy(3, Duration.ofMillis(100),
            Duration.ofSeconds(2)), Duration.ofSeconds(10), new Random(11));
    private LoopbackReceiver receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = new LoopbackReceiver(new InboundVerifier(clock), Map.of("jira-github", SECRET));
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private Envelope message() {
        return Envelope.create("jira-github", "replica", BODY, clock);
    }

    @Test
    void deliversASignedMessageThePeerVerifies() {
        Envelope sent = message();

        PeerResponse response = client.send(receiver.baseUrl() + "/", sent, SECRET);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.duplicate()).isFalse();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"accepted\"}");
        assertThat(receiver.accepted).containsExactly(sent);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void countsTheDuplicateAnswerAsDelivered() {
        Envelope sent = message();
        client.send(receiver.baseUrl(), sent, SECRET);

        PeerResponse again = client.send(receiver.baseUrl(), sent, SECRET);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.duplicate()).isTrue();
        assertThat(receiver.accepted).hasSize(1);
    }

    @Test
    void retriesServerErrorsWithBackoffThenDelivers() {
        receiver.failNextWith(503, Map.of(), "{\"status\":\"rejected\",\"reason\":\"starting up\"}")
                .failNextWith(502, Map.of(), "bad gateway");

        PeerResponse response = client.send(receiver.baseUrl(), message(), SECRET);

        assertThat(response.status()).isEqualTo(200);
        assertThat(receiver.requests).hasSize(3);
        assertThat(sleeper.waits).hasSize(2);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeper.waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void restampsEveryAttemptSoAQueuedMessageIsNotTakenForAReplay() {
        Envelope createdAnHourAgo = message();
        clock.advance(Duration.ofHours(1));
        receiver.failNextWith(503, Map.of(), "");

        client.send(receiver.baseUrl(), createdAnHourAgo, SECRET);

        String firstStamp = receiver.requests.get(0).get(PeerHeaders.TIMESTAMP);
        String secondStamp = receiver.requests.get(1).get(PeerHeaders.TIMESTAMP);
        assertThat(Long.parseLong(secondStamp) - Long.parseLong(firstStamp)).isEqualTo(sleeper.waits.get(0).toMillis());
        assertThat(receiver.accepted).singleElement().satisfies(e -> {
            assertThat(e.messageId()).isEqualTo(createdAnHourAgo.messageId());
            assertThat(e.timestamp()).isEqualTo(Instant.ofEpochMilli(Long.parseLong(secondStamp)));
        });
    }

    @Test
    void waitsOutATooManyRequestsAnswerForTheAskedTime() {
        receiver.failNextWith(429, Map.of("Retry-After", "1"), "");

        client.send(receiver.baseUrl(), message(), SECRET);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void handsBackALongerRateLimitWaitToTheCaller() {
        receiver.failNextWith(429, Map.of("Retry-After", "60"), "");
        Envelope sent = message();

        assertThatThrownBy(() -> client.send(receiver.baseUrl(), sent, SECRET))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(60)))
                .hasMessage("peer " + receiver.baseUrl() + " asked to wait 60 s before message " + sent.messageId());
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void givesUpAsRetriableWhenThePeerStaysDown() {
        receiver.failNextWith(503, Map.of(), "").failNextWith(503, Map.of(), "")
                .failNextWith(503, Map.of(), "{\"status\":\"rejected\",\"reason\":\"database unavailable\"}");

        assertThatThrownBy(() -> client.send(receiver.baseUrl(), message(), SECRET))
                .isExactlyInstanceOf(RetriableSyncException.class)
                .hasMessage("peer " + receiver.baseUrl() + " unreachable after 3 attempts: 503 database unavailable");
        assertThat(sleeper.waits).hasSize(2);
    }

    @Test
    void givesUpAsRetriableWhenThePeerIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String peer = "http://127.0.0.1:" + closedPort;

        assertThatThrownBy(() -> client.send(peer, message(), SECRET))
                .isExactlyInstanceOf(RetriableSyncException.class)
                .hasMessageStartingWith("peer " + peer + " unreachable after 3 attempts: ConnectException")
                .hasCauseInstanceOf(java.net.ConnectException.class);
        assertThat(sleeper.waits).hasSize(2);
    }

    @Test
    void reportsAWrongSecretWithoutRetrying() {
        Envelope sent = message();

        assertThatThrownBy(() -> client.send(receiver.baseUrl(), sent, "wrong".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PeerRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.reason()).isEqualTo("signature mismatch");
                })
                .hasMessage("peer " + receiver.baseUrl() + " rejected message " + sent.messageId() + " (401): signature mismatch");
        assertThat(receiver.requests).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void reportsAnUnknownConnectionWithoutRetrying() {
        Envelope stranger = Envelope.create("nobody-knows", "replica", BODY, clock);

        assertThatThrownBy(() -> client.send(receiver.baseUrl(), stranger, SECRET))
                .isInstanceOfSatisfying(PeerRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.reason()).isEqualTo("unknown connection nobody-knows");
                });
        assertThat(receiver.requests).hasSize(1);
    }

    @Test
    void treatsAConflictThatIsNotADuplicateAsRejection() {
        receiver.failNextWith(409, Map.of(), "edit conflict");

        assertThatThrownBy(() -> client.send(receiver.baseUrl(), message(), SECRET))
                .isInstanceOfSatisfying(PeerRejectedException.class, e -> assertThat(e.reason()).isEqualTo("edit conflict"));
    }

    @Test
    void refusesAPeerUrlThatIsNotAbsolute() {
        assertThatThrownBy(() -> client.send("peer.example:8080", message(), SECRET))
                .isExactlyInstanceOf(ConfigException.class)
                .hasMessage("peer URL 'peer.example:8080' is not an absolute http(s) URL");
    }
}
