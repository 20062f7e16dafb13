package io.entwine.connector.support;

import io.entwine.testkit.ManualClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import static io.entwine.connector.support.ScriptedServer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackerHttpTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2024-03-01T10:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private ScriptedServer server;
    private TrackerHttp http;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        http = TrackerHttp.builder("GitHub", server.baseUrl() + "/api/v3/")
                .authorization(() -> "Bearer ghp_secret")
                .defaultHeader("X-GitHub-Api-Version", "2022-11-28")
                .clock(clock).sleeper(sleeper)
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsJsonWithAcceptContentTypeAuthorizationAndDefaultHeaders() {
        server.then(answer(201, "{\"number\":12}"));
        ObjectNode body = new ObjectMapper().createObjectNode().put("title", "Bug");

        JsonResponse response = http.post("/repos/o/r/issues", body);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("number").asInt()).isEqualTo(12);
        ScriptedServer.Received sent = server.received.get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).isEqualTo("/api/v3/repos/o/r/issues");
        assertThat(sent.body()).isEqualTo("{\"title\":\"Bug\"}");
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.header("Accept")).isEqualTo("application/json");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer ghp_secret");
        assertThat(sent.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
    }

    @Test
    void sendsEveryMethodWithoutBodyWhereThereIsNone() {
        server.then(answer(204, "")).then(answer(200, "{}")).then(answer(200, "{}"));

        JsonResponse deleted = http.delete("/repos/o/r/labels/bug");
        http.patch("repos/o/r/issues/1", new ObjectMapper().createObjectNode().put("state", "closed"));
        http.put("/repos/o/r/issues/1/lock", new ObjectMapper().createObjectNode());

        assertThat(deleted.body().isMissingNode()).isTrue();
        assertThat(server.received).extracting(ScriptedServer.Received::method).containsExactly("DELETE", "PATCH", "PUT");
        assertThat(server.received.get(0).header("Content-Type")).isNull();
        assertThat(server.received.get(1).uri()).isEqualTo("/api/v3/repos/o/r/issues/1");
    }

    @Test
    void asksForTheAuthorizationOnEveryRequestSoTokensCanRotate() {
        AtomicInteger issued = new AtomicInteger();
        TrackerHttp rotating = TrackerHttp.builder("GitHub", server.baseUrl())
                .authorization(() -> "Bearer token-" + issued.incrementAndGet()).sleeper(sleeper).build();
        server.then(answer(503, "")).then(answer(200, "{}"));

        rotating.get("/user");

        assertThat(server.received).extracting(r -> r.header("Authorization")).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void exposesResponseHeadersCaseInsensitively() {
        server.then(answer(200, "{}").header("ETag", "\"abc\""));

        JsonResponse response = http.get("/repos/o/r");

        assertThat(response.header("etag")).contains("\"abc\"");
        assertThat(response.header("ETAG")).contains("\"abc\"");
    }

    @Test
    void keepsTheTextOfNonJsonBodies() {
        server.then(answer(200, "plain words"));

        assertThat(http.get("/zen").body().asText()).isEqualTo("plain words");
    }

    @Test
    void reportsRejectedCredentialsAsConfigurationError() {
        server.then(answer(401, "{\"message\":\"Bad credentials\"}"));

        assertThatThrownBy(() -> http.get("/repos/o/r/issues?state=all"))
                .isExactlyInstanceOf(ConfigException.class)
                .hasMessage("GitHub rejected the credentials for GET /repos/o/r/issues (401)");
    }

    @Test
    void reportsForbiddenAsEntityErrorQuotingTheTracker() {
        server.then(answer(403, "{\"errorMessages\":[\"You do not have permission to edit issues in this project.\"],\"errors\":{}}"));

        assertThatThrownBy(() -> http.put("/issue/X-1", new ObjectMapper().createObjectNode()))
                .isExactlyInstanceOf(EntityException.class)
                .hasMessage("GitHub denied PUT /issue/X-1 (403): You do not have permission to edit issues in this project.");
    }

    @Test
    void reportsMissingEntityAsNotFound() {
        server.then(answer(404, "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}"));

        assertThatThrownBy(() -> http.get("/repos/o/r/issues/99"))
                .isInstanceOfSatisfying(EntityNotFoundException.class,
                        e -> assertThat(e.key()).isEqualTo("/api/v3/repos/o/r/issues/99"))
                .hasMessage("GitHub found nothing at GET /repos/o/r/issues/99 (404): Not Found");
    }

    @Test
    void quotesGithubValidationErrors() {
        server.then(answer(422, "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"field\":\"title\",\"code\":\"missing_field\"},"
                + "{\"resource\":\"Label\",\"code\":\"custom\",\"message\":\"name is too long\"}]}"));

        assertThatThrownBy(() -> http.post("/repos/o/r/issues", new ObjectMapper().createObjectNode()))
                .isExactlyInstanceOf(EntityException.class)
                .hasMessage("GitHub refused POST /repos/o/r/issues (422): Validation Failed; Issue.title missing_field; name is too long");
    }

    @Test
    void quotesJiraErrorMessagesAndFieldErrors() {
        server.then(answer(400, "{\"errorMessages\":[\"Issue type is required.\"],\"errors\":{\"summary\":\"You must specify a summary of the issue.\"}}"));

        assertThatThrownBy(() -> http.post("/issue", new ObjectMapper().createObjectNode()))
                .isExactlyInstanceOf(EntityException.class)
                .hasMessage("GitHub refused POST /issue (400): Issue type is required.; summary: You must specify a summary of the issue.");
    }

    @Test
    void quotesConflictBodiesThatAreNotJson() {
        server.then(answer(409, "edit conflict"));

        assertThatThrownBy(() -> http.put("/tickets/3", new ObjectMapper().createObjectNode()))
                .isExactlyInstanceOf(EntityException.class)
                .hasMessage("GitHub refused PUT /tickets/3 (409): edit conflict");
    }

    @Test
    void doesNotRetryClientErrors() {
        server.then(answer(422, "{\"message\":\"Validation Failed\"}"));

        assertThatThrownBy(() -> http.post("/repos/o/r/issues", new ObjectMapper().createObjectNode()))
                .isInstanceOf(EntityException.class);
        assertThat(http.calls()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void givesTheNextPageRelativeToTheBaseUrlAndFollowsIt() {
        server.then(answer(200, "[1]").header("Link", "<" + server.baseUrl() + "/api/v3/repositories/9/issues?page=2>; rel=\"next\", <"
                        + server.baseUrl() + "/api/v3/repositories/9/issues?page=5>; rel=\"last\""))
                .then(answer(200, "[2]"));

        JsonResponse first = http.get("/repos/o/r/issues");
        JsonResponse second = http.get(first.nextLink().orElseThrow());

        assertThat(first.nextLink()).contains("/repositories/9/issues?page=2");
        assertThat(second.body().get(0).asInt()).isEqualTo(2);
        assertThat(second.nextLink()).isEmpty();
        assertThat(server.received.get(1).uri()).isEqualTo("/api/v3/repositories/9/issues?page=2");
    }

    @Test
    void refusesToSendCredentialsToAnotherHost() {
        assertThatThrownBy(() -> http.get("https://elsewhere.example/steal"))
                .isExactlyInstanceOf(ConfigException.class)
                .hasMessage("GitHub will not send credentials to https://elsewhere.example, which is not the configured base URL "
                        + server.baseUrl() + "/api/v3");
        assertThat(http.calls()).isZero();
    }

    @Test
    void keepsTheLatestGithubRateLimitState() {
        server.then(answer(200, "{}").header("x-ratelimit-limit", "5000").header("x-ratelimit-remaining", "4990")
                .header("x-ratelimit-reset", "1709287200"));

        assertThat(http.rateLimit()).isEqualTo(RateLimitState.UNKNOWN);
        http.get("/rate_limit");

        assertThat(http.rateLimit().limit()).isEqualTo(OptionalLong.of(5000));
        assertThat(http.rateLimit().remaining()).isEqualTo(OptionalLong.of(4990));
        assertThat(http.rateLimit().reset()).contains(Instant.ofEpochSecond(1709287200));
    }

    @Test
    void keepsTheLatestJiraRateLimitState() {
        server.then(answer(200, "{}").header("X-RateLimit-Limit", "100").header("X-RateLimit-Remaining", "3")
                .header("X-RateLimit-Reset", "2024-03-01T10:01:00Z")).then(answer(200, "{}"));

        http.get("/myself");
        http.get("/serverInfo"); // carries no rate-limit headers: the last known state stays

        assertThat(http.rateLimit()).isEqualTo(new RateLimitState(OptionalLong.of(100), OptionalLong.of(3),
                java.util.Optional.of(Instant.parse("2024-03-01T10:01:00Z"))));
    }

    @Test
    void rejectsABaseUrlThatIsNotAbsolute() {
        assertThatThrownBy(() -> TrackerHttp.builder("Jira", "jira.example.com/rest"))
                .isExactlyInstanceOf(ConfigException.class)
                .hasMessage("Jira base URL 'jira.example.com/rest' is not an absolute http(s) URL");
    }

    @Test
    void encodesQueryValuesWithPercentTwenty() {
        assertThat(TrackerHttp.encode("project = X AND updated >= \"2024-03-01 10:15\""))
                .isEqualTo("project%20%3D%20X%20AND%20updated%20%3E%3D%20%222024-03-01%2010%3A15%22");
    }
}
