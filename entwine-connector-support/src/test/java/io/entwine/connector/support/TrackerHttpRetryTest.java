package io.entwine.connector.support;

import io.entwine.testkit.ManualClock;
import io.entwine.api.errors.RateLimitedException;
import io.entwine.api.errors.RetriableSyncException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static io.entwine.connector.support.ScriptedServer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackerHttpRetryTest {

    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    private final ManualClock clock = new ManualClock(NOW);
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private ScriptedServer server;
    private TrackerHttp http;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        http = client(server.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TrackerHttp.Builder client(String baseUrl) {
        return TrackerHttp.builder("Jira", baseUrl).clock(clock).sleeper(sleeper).random(new Random(7));
    }

    @Test
    void retriesRateLimitedCallAfterRetryAfterSeconds() {
        server.then(answer(429, "").header("Retry-After", "3")).then(answer(200, "{\"ok\":true}"));

        JsonResponse response = http.get("/rest/api/3/myself");

        assertThat(response.body().get("ok").asBoolean()).isTrue();
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3));
        assertThat(http.calls()).isEqualTo(2);
    }

    @Test
    void retriesRateLimitedCallUntilRetryAfterHttpDate() {
        server.then(answer(429, "").header("Retry-After", "Fri, 01 Mar 2024 10:00:05 GMT")).then(answer(200, "{}"));

        http.get("/issue/X-1");

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void retriesGithubSecondaryRateLimit403WithRetryAfter() {
        server.then(answer(403, "{\"message\":\"You have exceeded a secondary rate limit\"}").header("retry-after", "2"))
                .then(answer(201, "{\"number\":7}"));

        JsonResponse response = http.post("/repos/o/r/issues", new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("title", "t"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.received).hasSize(2).allSatisfy(r -> assertThat(r.body()).isEqualTo("{\"title\":\"t\"}"));
    }

    @Test
    void waitsUntilGithubRateLimitResetWhenNoRetryAfterIsGiven() {
        long reset = NOW.plusSeconds(7).getEpochSecond();
        server.then(answer(403, "{\"message\":\"API rate limit exceeded\"}")
                        .header("x-ratelimit-remaining", "0").header("x-ratelimit-reset", Long.toString(reset)))
                .then(answer(200, "[]"));

        http.get("/repos/o/r/issues");

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void waitsUntilJiraIsoRateLimitResetWhenNoRetryAfterIsGiven() {
        server.then(answer(429, "").header("X-RateLimit-Reset", "2024-03-01T10:00:04Z")).then(answer(200, "{}"));

        http.get("/issue/X-1");

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(4));
    }

    @Test
    void throwsRateLimitedWithTheWaitWhenItIsLongerThanTheInlineLimit() {
        server.then(answer(429, "").header("Retry-After", "120"));

        assertThatThrownBy(() -> http.get("/issue/X-1?fields=summary"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)))
                .hasMessage("Jira rate-limited GET /issue/X-1 (429); retry after 120 s");
        assertThat(sleeper.waits).isEmpty();
        assertThat(http.calls()).isEqualTo(1);
    }

    @Test
    void sendsNothingMoreUntilALongRateLimitHasPassed() {
        server.then(answer(429, "").header("Retry-After", "120"));
        assertThatThrownBy(() -> http.get("/issue/X-1")).isInstanceOf(RateLimitedException.class);

        // a second call, however many threads make it, does not reach the tracker while the limit is in force
        assertThatThrownBy(() -> http.post("/issue", null))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)))
                .hasMessage("Jira rate limit in force: POST /issue not sent; retry after 120 s");
        assertThat(http.calls()).isEqualTo(1);
        assertThat(server.received).hasSize(1);
    }

    @Test
    void throwsRateLimitedWhenTheLimitOutlastsEveryAttempt() {
        for (int i = 0; i < 4; i++) {
            server.then(answer(429, "").header("Retry-After", "1"));
        }

        assertThatThrownBy(() -> http.get("/issue/X-1"))
                .isInstanceOf(RateLimitedException.class)
                .hasMessage("Jira rate-limited GET /issue/X-1 (429); retry after 1 s");
        assertThat(sleeper.waits).hasSize(3);
        assertThat(http.calls()).isEqualTo(4);
    }

    @Test
    void treatsForbiddenWithoutRateLimitSignalsAsPermissionNotRateLimit() {
        server.then(answer(403, "{\"message\":\"Resource not accessible by integration\"}")
                .header("x-ratelimit-remaining", "4999"));

        assertThatThrownBy(() -> http.get("/repos/o/r/issues"))
                .isNotInstanceOf(RetriableSyncException.class)
                .hasMessage("Jira denied GET /repos/o/r/issues (403): Resource not accessible by integration");
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void backsOffExponentiallyOnServerErrorsThenSucceeds() {
        server.then(answer(503, "")).then(answer(502, "")).then(answer(200, "{\"id\":\"1\"}"));

        JsonResponse response = http.get("/issue/X-1");

        assertThat(response.body().get("id").asText()).isEqualTo("1");
        assertThat(sleeper.waits).hasSize(2);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(sleeper.waits.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(http.calls()).isEqualTo(3);
    }

    @Test
    void givesUpAsRetriableAfterServerErrorsOnEveryAttempt() {
        for (int i = 0; i < 4; i++) {
            server.then(answer(503, "{\"message\":\"down for maintenance\"}"));
        }

        assertThatThrownBy(() -> http.get("/issue/X-1"))
                .isExactlyInstanceOf(RetriableSyncException.class)
                .hasMessage("Jira GET /issue/X-1 failed after 4 attempts: 503 down for maintenance");
        assertThat(sleeper.waits).hasSize(3);
        assertThat(sleeper.waits.get(2)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
    }

    @Test
    void givesUpAsRetriableWhenTheTrackerIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TrackerHttp unreachable = client("http://127.0.0.1:" + closedPort).maxAttempts(3).build();

        assertThatThrownBy(() -> unreachable.get("/issue/X-1"))
                .isExactlyInstanceOf(RetriableSyncException.class)
                .hasMessageStartingWith("Jira GET /issue/X-1 failed after 3 attempts: ConnectException")
                .hasCauseInstanceOf(java.net.ConnectException.class);
        assertThat(sleeper.waits).hasSize(2);
        assertThat(unreachable.calls()).isEqualTo(3);
    }

    @Test
    void retriesTimedOutRequests() {
        server.then(ScriptedServer.hang()).then(answer(200, "{}"));
        TrackerHttp impatient = client(server.baseUrl()).requestTimeout(Duration.ofMillis(300)).build();

        JsonResponse response = impatient.get("/issue/X-1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(sleeper.waits).hasSize(1);
        assertThat(impatient.calls()).isEqualTo(2);
    }

    @Test
    void doesNotResendAPostWhoseAnswerTimedOut() {
        server.then(ScriptedServer.hang()).then(answer(201, "{}"));
        TrackerHttp impatient = client(server.baseUrl()).requestTimeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> impatient.post("/rest/api/3/issue", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("POST /rest/api/3/issue timed out")
                .hasMessageContaining("not resent blindly");
        assertThat(impatient.calls()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void doesNotResendAPostAnswered5xx() {
        server.then(answer(503, "")).then(answer(201, "{}"));

        assertThatThrownBy(() -> http.post("/rest/api/3/issue/X-1/comment", null))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageStartingWith("Jira POST /rest/api/3/issue/X-1/comment answered 503");
        assertThat(http.calls()).isEqualTo(1);
    }

    @Test
    void retriesAReadingPostLikeAGet() {
        server.then(answer(503, "")).then(answer(200, "{\"issues\":[]}"));

        JsonResponse response = http.postReading("/rest/api/3/search/jql", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(http.calls()).isEqualTo(2);
    }
}
