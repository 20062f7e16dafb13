package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchAndAccountsApiTest {
    private static final String ISSUES = "/repos/acme/demo/issues";

    private final TestClock clock = TestClock.at("2026-11-23T10:00:00Z");
    private GitHubEmulator github;
    private Api api;

    @BeforeEach
    void start() {
        github = new GitHubEmulator(clock).start(0);
        api = Api.bearer(github, "demo");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private List<String> search(String q) {
        Api.Answer answer = api.get("/search/issues?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&sort=created&order=asc");
        assertThat(answer.status()).as("search %s", q).isEqualTo(200);
        return answer.json().get("items").findValuesAsText("title");
    }

    private void seed() {
        api.post(ISSUES, Api.json("title", "Crash on login", "body", "stack trace", "labels", List.of("bug", "help wanted")));
        clock.advance(Duration.ofMinutes(10));
        api.post(ISSUES, Api.json("title", "Dark mode", "body", "please add a crash-free theme", "labels", List.of("enhancement")));
        clock.advance(Duration.ofMinutes(10));
        api.post(ISSUES, Api.json("title", "Typo in docs", "assignees", List.of("alice")));
        api.patch(ISSUES + "/3", Api.json("state", "closed"));
        github.addPullRequest("acme", "demo", "Fix crash");
        github.addRepository("acme", "other");
        api.post("/repos/acme/other/issues", Api.json("title", "Crash elsewhere"));
    }

    @Test
    void searchesWithRepositoryTypeStateAndLabelQualifiers() {
        seed();

        assertThat(search("repo:acme/demo is:issue")).containsExactly("Crash on login", "Dark mode", "Typo in docs");
        assertThat(search("repo:acme/demo is:issue is:open")).containsExactly("Crash on login", "Dark mode");
        assertThat(search("repo:acme/demo is:issue state:closed")).containsExactly("Typo in docs");
        assertThat(search("repo:acme/demo label:bug")).containsExactly("Crash on login");
        assertThat(search("repo:acme/demo label:\"help wanted\"")).containsExactly("Crash on login");
        assertThat(search("repo:acme/demo is:issue -label:bug")).containsExactly("Dark mode", "Typo in docs");
        assertThat(search("repo:acme/demo is:pr")).containsExactly("Fix crash");
        assertThat(search("repo:acme/demo assignee:alice")).containsExactly("Typo in docs");
        assertThat(search("is:issue crash")).containsExactly("Crash on login", "Dark mode", "Crash elsewhere");
        assertThat(search("repo:acme/demo is:issue crash login")).containsExactly("Crash on login");
        assertThat(search("repo:acme/demo \"dark mode\"")).containsExactly("Dark mode");
    }

    @Test
    void searchesByUpdatedTimeWithComparisons() {
        seed();

        assertThat(search("repo:acme/demo is:issue updated:>=2026-11-23T10:10:00Z")).containsExactly("Dark mode", "Typo in docs");
        assertThat(search("repo:acme/demo is:issue updated:>2026-11-23T10:10:00Z")).containsExactly("Typo in docs");
        assertThat(search("repo:acme/demo is:issue updated:<2026-11-23T10:10:00Z")).containsExactly("Crash on login");
        assertThat(search("repo:acme/demo is:issue updated:<=2026-11-23T10:10:00Z")).containsExactly("Crash on login", "Dark mode");
        assertThat(search("repo:acme/demo is:issue updated:2026-11-23")).hasSize(3);
        assertThat(search("repo:acme/demo is:issue updated:>2026-11-23")).isEmpty();
        assertThat(search("repo:acme/demo is:issue updated:2026-11-23T10:05:00Z..2026-11-23T10:15:00Z")).containsExactly("Dark mode");
    }

    @Test
    void pagesSearchResultsWithTotalCountAndLink() {
        for (int i = 0; i < 5; i++) api.post(ISSUES, Api.json("title", "item " + i));

        Api.Answer page = api.get("/search/issues?q=repo%3Aacme%2Fdemo+is%3Aissue&per_page=2&page=2");

        assertThat(page.json().get("total_count").asInt()).isEqualTo(5);
        assertThat(page.json().get("incomplete_results").asBoolean()).isFalse();
        assertThat(page.json().get("items")).hasSize(2);
        assertThat(page.json().get("items").get(0).get("score").asDouble()).isEqualTo(1.0);
        assertThat(page.link("next")).endsWith("per_page=2&page=3");
        assertThat(page.link("prev")).endsWith("per_page=2&page=1");
        assertThat(page.header("x-ratelimit-resource")).isEqualTo("search");
        assertThat(page.header("x-ratelimit-limit")).isEqualTo("30");
    }

    @Test
    void refusesASearchWithoutQueryOrWithAnInvalidTerm() {
        assertThat(api.get("/search/issues").status()).isEqualTo(422);
        assertThat(api.get("/search/issues?q=is%3Awhatever").status()).isEqualTo(422);
        assertThat(api.get("/search/issues?q=updated%3A%3E%3Dsoon").status()).isEqualTo(422);
    }

    @Test
    void describesTheTokenUserAndOtherUsers() {
        JsonNode me = api.get("/user").json();
        assertThat(me.get("login").asText()).isEqualTo("demo-bot");
        assertThat(me.get("email").asText()).isEqualTo("demo@example.com");
        assertThat(me.get("user_view_type").asText()).isEqualTo("private");

        JsonNode alice = api.get("/users/alice").json();
        assertThat(alice.get("name").asText()).isEqualTo("Alice Able");
        assertThat(alice.get("email").asText()).isEqualTo("alice@example.com");
        assertThat(alice.get("type").asText()).isEqualTo("User");
        assertThat(api.get("/users/CAROL").json().get("login").asText()).isEqualTo("carol");

        github.addUser("erin", null, "Erin Hidden");
        assertThat(api.get("/users/erin").json().get("email").isNull()).isTrue();
        assertThat(api.get("/users/nobody").status()).isEqualTo(404);
        assertThat(api.get("/users/acme").json().get("type").asText()).isEqualTo("Organization");
    }

    @Test
    void describesTheRepositoryWithItsNumericId() {
        JsonNode repo = api.get("/repos/acme/demo").json();

        assertThat(repo.get("id").asLong()).isEqualTo(github.repositoryId("acme", "demo"));
        assertThat(repo.get("full_name").asText()).isEqualTo("acme/demo");
        assertThat(repo.get("owner").get("login").asText()).isEqualTo("acme");
        assertThat(repo.get("html_url").asText()).isEqualTo(github.baseUrl() + "/acme/demo");
        assertThat(api.get("/repos/acme/missing").status()).isEqualTo(404);
    }

    @Test
    void refusesMissingOrWrongCredentials() {
        Api.Answer wrong = Api.bearer(github, "nope").get("/user");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").asText()).isEqualTo("Bad credentials");

        assertThat(new Api(github.baseUrl(), null).get(ISSUES).status()).isEqualTo(401);
        assertThat(new Api(github.baseUrl(), "token demo").get("/user").status()).isEqualTo(200);
        assertThat(new Api(github.baseUrl(), "Basic ZGVtbzpkZW1v").get("/user").status()).isEqualTo(401);

        github.token("rotated");
        assertThat(api.get("/user").status()).isEqualTo(401);
        assertThat(Api.bearer(github, "rotated").get("/user").status()).isEqualTo(200);
    }

    @Test
    void answers404InGitHubsShapeForUnknownPaths() {
        Api.Answer answer = api.get("/repos/acme/demo/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("message").asText()).isEqualTo("Not Found");
    }

    @Test
    void reportsRateLimitHeadersOnEveryAnswer() {
        Api.Answer first = api.get("/user");
        Api.Answer second = api.get(ISSUES + "/999");

        assertThat(first.header("x-ratelimit-limit")).isEqualTo("5000");
        assertThat(first.header("x-ratelimit-used")).isEqualTo("1");
        assertThat(first.header("x-ratelimit-remaining")).isEqualTo("4999");
        assertThat(first.header("x-ratelimit-resource")).isEqualTo("core");
        assertThat(Long.parseLong(first.header("x-ratelimit-reset"))).isEqualTo(clock.instant().plusSeconds(3600).getEpochSecond());
        assertThat(second.header("x-ratelimit-remaining")).isEqualTo("4998");

        JsonNode limits = api.get("/rate_limit").json();
        assertThat(limits.get("resources").get("core").get("used").asInt()).isEqualTo(2);
        assertThat(limits.get("rate").get("remaining").asInt()).isEqualTo(4998);
    }

    @Test
    void refusesRequestsOnceThePrimaryLimitIsExhaustedUntilTheWindowResets() {
        github.primaryRateLimit(2);
        api.get("/user");
        api.get("/user");

        Api.Answer refused = api.get("/user");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).startsWith("API rate limit exceeded");
        assertThat(refused.header("x-ratelimit-remaining")).isEqualTo("0");

        clock.advance(Duration.ofHours(1));
        assertThat(api.get("/user").status()).isEqualTo(200);
    }

    @Test
    void answersSecondaryLimitsWithRetryAfter() {
        github.rejectNextRequests(2, 429, Duration.ofSeconds(7));

        Api.Answer first = api.get("/user");
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("retry-after")).isEqualTo("7");
        assertThat(first.json().get("message").asText()).contains("secondary rate limit");
        assertThat(api.get("/user").status()).isEqualTo(429);
        assertThat(api.get("/user").status()).isEqualTo(200);

        github.secondaryRateLimit(2, 403);
        clock.advance(Duration.ofSeconds(15));
        assertThat(api.post(ISSUES, Api.json("title", "a")).status()).isEqualTo(201);
        assertThat(api.post(ISSUES, Api.json("title", "b")).status()).isEqualTo(201);
        Api.Answer limited = api.post(ISSUES, Api.json("title", "c"));
        assertThat(limited.status()).isEqualTo(403);
        assertThat(limited.header("retry-after")).isEqualTo("45");
        assertThat(api.get(ISSUES).status()).as("reads are not content creation").isEqualTo(200);
        clock.advance(Duration.ofSeconds(45));
        assertThat(api.post(ISSUES, Api.json("title", "c")).status()).isEqualTo(201);
    }

    @Test
    void refusesAnUnsupportedApiVersionAndDefaultsTheMissingOne() {
        Api.Answer unsupported = api.withApiVersion("1999-01-01").get("/user");
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.json().get("message").asText()).contains("1999-01-01");

        Api.Answer unversioned = api.withApiVersion(null).get("/user");
        assertThat(unversioned.status()).isEqualTo(200);
        assertThat(unversioned.header("X-GitHub-Api-Version-Selected")).isEqualTo("2022-11-28");
    }
}
