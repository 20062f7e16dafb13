package io.entwine.emulator.github;

import io.entwine.emulator.core.RecordedExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays a representative session over every emulated route and checks each recorded exchange, request
 * and answer, against GitHub's official REST description ({@link GitHubRestContract} says which two
 * places of it are corrected for the validator, and why). Requests that break the description on purpose
 * (a missing title) are left to the behaviour tests; the 4xx answers here come from well-formed requests.
 */
class RestContractTest {
    private static final String REPO = "/repos/acme/demo";

    private final TestClock clock = TestClock.at("2026-11-23T10:00:00Z");
    private GitHubEmulator github;
    private HookReceiver receiver;
    private Api api;

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

    private void session() {
        api.get("/user");
        api.get("/users/alice");
        api.get("/users/acme");
        api.get("/users/nobody");
        api.get(REPO);
        api.get("/rate_limit");

        api.post(REPO + "/issues", Api.json("title", "Crash on login", "body", "**steps**", "labels", List.of("bug", "from-jira"),
                "assignees", List.of("alice")));
        api.post(REPO + "/issues", Api.json("title", 42));
        api.post(REPO + "/issues", Api.json("title", "x", "assignees", List.of("mallory")));
        for (int i = 0; i < 4; i++) api.post(REPO + "/issues", Api.json("title", "bulk " + i));
        github.addPullRequest("acme", "demo", "A change");
        clock.advance(Duration.ofMinutes(1));
        api.get(REPO + "/issues/1");
        api.get(REPO + "/issues/404");
        api.patch(REPO + "/issues/1", Api.json("title", "Crash on login (iOS)", "body", "edited", "labels", List.of("bug"),
                "assignees", List.of("alice", "bob")));
        api.patch(REPO + "/issues/2", Api.json("state", "closed", "state_reason", "not_planned"));
        api.get(REPO + "/issues?state=all&sort=updated&direction=asc&since=2026-11-23T10:00:00Z&per_page=2");
        api.get(REPO + "/issues?state=all&sort=updated&direction=asc&since=2026-11-23T10:00:00Z&per_page=2&page=3");
        api.get(REPO + "/issues?labels=bug&assignee=alice&creator=demo-bot");
        github.deleteIssue("acme", "demo", 6);
        api.get(REPO + "/issues/6");

        long comment = api.post(REPO + "/issues/1/comments", Api.json("body", "Reproduced on *main*")).json().get("id").asLong();
        api.post(REPO + "/issues/1/comments", Api.json("body", "second"));
        api.get(REPO + "/issues/1/comments?per_page=1");
        api.get(REPO + "/issues/1/comments?since=2026-11-23T10:00:00Z");
        api.get(REPO + "/issues/comments?since=2026-11-23T10:00:00Z&sort=updated&direction=asc&per_page=1&page=2");
        api.get(REPO + "/issues/comments/" + comment);
        api.patch(REPO + "/issues/comments/" + comment, Api.json("body", "Reproduced on *main* and *v2*"));
        api.get(REPO + "/issues/comments/1");

        api.get(REPO + "/labels?per_page=5");
        api.post(REPO + "/labels", Api.json("name", "priority: high", "color", "b60205", "description", "Do it now"));
        api.post(REPO + "/labels", Api.json("name", "priority: high"));
        api.get(REPO + "/labels/priority:%20high");
        api.patch(REPO + "/labels/priority:%20high", Api.json("new_name", "p1", "color", "d93f0b"));
        api.get(REPO + "/labels/unknown");
        api.get(REPO + "/issues/1/labels");
        api.post(REPO + "/issues/1/labels", Api.json("labels", List.of("p1", "help wanted")));
        api.put(REPO + "/issues/1/labels", Api.json("labels", List.of("p1", "bug")));
        api.delete(REPO + "/issues/1/labels/bug");
        api.delete(REPO + "/issues/1/labels/bug");
        api.delete(REPO + "/issues/3/labels");
        api.delete(REPO + "/labels/p1");

        api.get(REPO + "/assignees");
        api.post(REPO + "/issues/3/assignees", Api.json("assignees", List.of("carol")));
        api.delete(REPO + "/issues/3/assignees", Api.json("assignees", List.of("carol")));

        api.get("/search/issues?q=" + java.net.URLEncoder.encode("repo:acme/demo is:issue is:open label:bug updated:>=2026-11-23T10:00:00Z crash",
                java.nio.charset.StandardCharsets.UTF_8) + "&per_page=1");
        api.get("/search/issues?q=repo%3Aacme%2Fdemo+is%3Aissue&sort=updated&order=asc&per_page=2&page=2");
        api.get("/search/issues?q=is%3Asideways");

        long hook = api.post(REPO + "/hooks", Api.json("name", "web", "active", true, "events", List.of("issues", "issue_comment"),
                "config", Map.of("url", receiver.url(), "content_type", "json", "secret", "s", "insecure_ssl", "0"))).json().get("id").asLong();
        api.post(REPO + "/hooks", Api.json("config", Map.of("url", receiver.url())));
        api.get(REPO + "/hooks");
        api.get(REPO + "/hooks/" + hook);
        api.patch(REPO + "/hooks/" + hook, Api.json("add_events", List.of("label"), "active", true));
        api.post(REPO + "/hooks/" + hook + "/pings", null);
        api.delete(REPO + "/hooks/" + hook);
        api.delete(REPO + "/issues/comments/" + comment);
    }

    @Test
    void everyExchangeOfARepresentativeSessionFitsGitHubsDescription() {
        session();

        List<RecordedExchange> exchanges = github.journal().all();
        List<String> violations = GitHubRestContract.load().violations(exchanges);

        assertThat(violations).isEmpty();
        Set<String> statuses = exchanges.stream().map(e -> String.valueOf(e.status())).collect(Collectors.toSet());
        assertThat(statuses).as("the session covers success and the documented errors")
                .contains("200", "201", "204", "404", "410", "422");
        assertThat(exchanges).hasSizeGreaterThan(50);
    }
}
