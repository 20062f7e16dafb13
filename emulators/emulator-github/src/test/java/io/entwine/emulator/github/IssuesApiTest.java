package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IssuesApiTest {
    private static final String ISSUES = "/repos/acme/demo/issues";

    private final TestClock clock = TestClock.at("2026-11-23T10:15:30.250Z");
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

    private JsonNode create(String title) {
        Api.Answer created = api.post(ISSUES, Api.json("title", title));
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    @Test
    void createsAnIssueWithGitHubsShape() {
        Api.Answer created = api.post(ISSUES, Api.json("title", "Login fails", "body", "Steps:\n\n1. **open**",
                "labels", List.of("bug", "needs-triage"), "assignees", List.of("alice", "bob")));

        assertThat(created.status()).isEqualTo(201);
        JsonNode issue = created.json();
        assertThat(issue.get("number").asInt()).isEqualTo(1);
        assertThat(issue.get("id").asLong()).isPositive();
        assertThat(issue.get("node_id").asText()).startsWith("I_");
        assertThat(issue.get("title").asText()).isEqualTo("Login fails");
        assertThat(issue.get("body").asText()).isEqualTo("Steps:\n\n1. **open**");
        assertThat(issue.get("state").asText()).isEqualTo("open");
        assertThat(issue.get("state_reason").isNull()).isTrue();
        assertThat(issue.get("user").get("login").asText()).isEqualTo("demo-bot");
        assertThat(issue.get("assignee").get("login").asText()).isEqualTo("alice");
        assertThat(issue.get("assignees").findValuesAsText("login")).containsExactly("alice", "bob");
        assertThat(issue.get("labels").findValuesAsText("name")).containsExactly("bug", "needs-triage");
        assertThat(issue.get("labels").get(0).get("color").asText()).isEqualTo("d73a4a");
        assertThat(issue.get("comments").asInt()).isZero();
        assertThat(issue.get("created_at").asText()).isEqualTo("2026-11-23T10:15:30Z");
        assertThat(issue.get("updated_at").asText()).isEqualTo("2026-11-23T10:15:30Z");
        assertThat(issue.get("closed_at").isNull()).isTrue();
        assertThat(issue.get("url").asText()).isEqualTo(github.baseUrl() + "/repos/acme/demo/issues/1");
        assertThat(issue.get("repository_url").asText()).isEqualTo(github.baseUrl() + "/repos/acme/demo");
        assertThat(issue.get("html_url").asText()).isEqualTo(github.baseUrl() + "/acme/demo/issues/1");
        assertThat(created.header("Location")).isEqualTo(github.baseUrl() + "/repos/acme/demo/issues/1");
        assertThat(github.issueCount()).isEqualTo(1);
    }

    @Test
    void createsUnknownLabelsOnTheRepositoryAsGitHubDoes() {
        api.post(ISSUES, Api.json("title", "x", "labels", List.of("from-jira")));

        JsonNode labels = api.get("/repos/acme/demo/labels?per_page=100").json();
        assertThat(labels.findValuesAsText("name")).contains("from-jira", "bug", "wontfix");
    }

    @Test
    void refusesAnIssueWithoutTitleWithAValidationError() {
        Api.Answer answer = api.post(ISSUES, Api.json("body", "no title"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("message").asText()).isEqualTo("Validation Failed");
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("resource").asText()).isEqualTo("Issue");
        assertThat(error.get("field").asText()).isEqualTo("title");
        assertThat(error.get("code").asText()).isEqualTo("missing_field");
        assertThat(answer.json().get("documentation_url").asText()).startsWith("https://docs.github.com/");
        assertThat(github.issueCount()).isZero();
    }

    @Test
    void refusesAssigneesWhoCannotBeAssigned() {
        Api.Answer answer = api.post(ISSUES, Api.json("title", "x", "assignees", List.of("mallory")));

        assertThat(answer.status()).isEqualTo(422);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("assignees");
        assertThat(error.get("code").asText()).isEqualTo("invalid");
        assertThat(error.get("value").asText()).isEqualTo("mallory");
    }

    @Test
    void answersProblemsParsingJsonForABrokenBody() {
        Api.Answer answer = api.post(ISSUES, "{\"title\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).isEqualTo("Problems parsing JSON");
    }

    @Test
    void readsAnIssueAndAnswers404ForAnUnknownNumber() {
        create("First");

        assertThat(api.get(ISSUES + "/1").json().get("title").asText()).isEqualTo("First");
        Api.Answer missing = api.get(ISSUES + "/99");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Not Found");
        assertThat(api.get("/repos/acme/nope/issues/1").status()).isEqualTo(404);
    }

    @Test
    void updatesFieldsAndBumpsUpdatedAtOnlyWhenSomethingChanged() {
        create("Old");
        clock.advance(Duration.ofSeconds(90));

        JsonNode updated = api.patch(ISSUES + "/1", Api.json("title", "New", "body", "text",
                "labels", List.of("enhancement"), "assignees", List.of("carol"))).json();

        assertThat(updated.get("title").asText()).isEqualTo("New");
        assertThat(updated.get("body").asText()).isEqualTo("text");
        assertThat(updated.get("labels").findValuesAsText("name")).containsExactly("enhancement");
        assertThat(updated.get("assignees").findValuesAsText("login")).containsExactly("carol");
        assertThat(updated.get("updated_at").asText()).isEqualTo("2026-11-23T10:17:00Z");
        assertThat(updated.get("created_at").asText()).isEqualTo("2026-11-23T10:15:30Z");

        clock.advance(Duration.ofSeconds(30));
        JsonNode same = api.patch(ISSUES + "/1", Api.json("title", "New")).json();
        assertThat(same.get("updated_at").asText()).isEqualTo("2026-11-23T10:17:00Z");

        JsonNode cleared = api.patch(ISSUES + "/1", Api.json("body", null, "labels", List.of(), "assignees", List.of())).json();
        assertThat(cleared.get("body").isNull()).isTrue();
        assertThat(cleared.get("labels")).isEmpty();
        assertThat(cleared.get("assignee").isNull()).isTrue();
        assertThat(cleared.get("updated_at").asText()).isEqualTo("2026-11-23T10:17:30Z");
    }

    @Test
    void closesWithAReasonAndReopens() {
        create("x");
        clock.advance(Duration.ofMinutes(1));

        JsonNode closed = api.patch(ISSUES + "/1", Api.json("state", "closed", "state_reason", "not_planned")).json();
        assertThat(closed.get("state").asText()).isEqualTo("closed");
        assertThat(closed.get("state_reason").asText()).isEqualTo("not_planned");
        assertThat(closed.get("closed_at").asText()).isEqualTo("2026-11-23T10:16:30Z");
        assertThat(closed.get("closed_by").get("login").asText()).isEqualTo("demo-bot");

        JsonNode reopened = api.patch(ISSUES + "/1", Api.json("state", "open")).json();
        assertThat(reopened.get("state").asText()).isEqualTo("open");
        assertThat(reopened.get("state_reason").asText()).isEqualTo("reopened");
        assertThat(reopened.get("closed_at").isNull()).isTrue();

        JsonNode completed = api.patch(ISSUES + "/1", Api.json("state", "closed")).json();
        assertThat(completed.get("state_reason").asText()).isEqualTo("completed");

        assertThat(api.patch(ISSUES + "/1", Api.json("state", "done")).status()).isEqualTo(422);
    }

    @Test
    void listsOnlyOpenIssuesByDefaultNewestFirst() {
        create("one");
        clock.advance(Duration.ofSeconds(1));
        create("two");
        clock.advance(Duration.ofSeconds(1));
        create("three");
        api.patch(ISSUES + "/2", Api.json("state", "closed"));

        assertThat(api.get(ISSUES).json().findValuesAsText("title")).containsExactly("three", "one");
        assertThat(api.get(ISSUES + "?state=closed").json().findValuesAsText("title")).containsExactly("two");
        assertThat(api.get(ISSUES + "?state=all&direction=asc").json().findValuesAsText("title"))
                .containsExactly("one", "two", "three");
    }

    @Test
    void pagesOverSeveralPagesWithLinkHeaders() {
        for (int i = 1; i <= 7; i++) create("issue " + i);

        Api.Answer first = api.get(ISSUES + "?state=all&sort=created&direction=asc&per_page=3");
        assertThat(first.json().findValuesAsText("title")).containsExactly("issue 1", "issue 2", "issue 3");
        assertThat(first.link("next")).isEqualTo(github.baseUrl() + ISSUES + "?state=all&sort=created&direction=asc&per_page=3&page=2");
        assertThat(first.link("last")).endsWith("per_page=3&page=3");
        assertThat(first.link("prev")).isNull();

        Api.Answer last = api.get(first.link("last"));
        assertThat(last.json().findValuesAsText("title")).containsExactly("issue 7");
        assertThat(last.link("next")).isNull();
        assertThat(last.link("prev")).endsWith("page=2");
        assertThat(last.link("first")).endsWith("page=1");

        assertThat(api.all(ISSUES + "?state=all&direction=asc&per_page=3")).hasSize(7);
        assertThat(api.get(ISSUES + "?per_page=3&page=9").json()).isEmpty();
    }

    @Test
    void capsPerPageAtOneHundredAndDefaultsToThirty() {
        for (int i = 0; i < 105; i++) create("i" + i);

        assertThat(api.get(ISSUES).json()).hasSize(30);
        assertThat(api.get(ISSUES + "?per_page=500").json()).hasSize(100);
    }

    @Test
    void filtersBySinceOnUpdatedAtInclusiveAtSecondPrecision() {
        create("old");
        clock.advance(Duration.ofMinutes(5));
        create("new");
        clock.advance(Duration.ofMinutes(5));
        api.patch(ISSUES + "/1", Api.json("body", "touched"));

        List<String> sinceNew = api.get(ISSUES + "?state=all&sort=updated&direction=asc&since=2026-11-23T10:20:30Z")
                .json().findValuesAsText("title");
        assertThat(sinceNew).containsExactly("new", "old");
        assertThat(api.get(ISSUES + "?since=2026-11-23T10:20:31Z").json().findValuesAsText("title")).containsExactly("old");
        assertThat(api.get(ISSUES + "?since=2026-11-23T10:25:31Z").json()).isEmpty();
        assertThat(api.get(ISSUES + "?since=yesterday").status()).isEqualTo(422);
    }

    @Test
    void filtersByLabelsAssigneeAndCreator() {
        api.post(ISSUES, Api.json("title", "a", "labels", List.of("bug", "ui"), "assignees", List.of("alice")));
        api.post(ISSUES, Api.json("title", "b", "labels", List.of("bug")));
        github.addToken("alice-token", "alice");
        Api.bearer(github, "alice-token").post(ISSUES, Api.json("title", "c"));

        assertThat(api.get(ISSUES + "?labels=bug,ui").json().findValuesAsText("title")).containsExactly("a");
        assertThat(api.get(ISSUES + "?assignee=alice").json().findValuesAsText("title")).containsExactly("a");
        assertThat(api.get(ISSUES + "?assignee=none").json().findValuesAsText("title")).containsExactly("c", "b");
        assertThat(api.get(ISSUES + "?creator=alice").json().findValuesAsText("title")).containsExactly("c");
    }

    @Test
    void listsPullRequestsAmongIssuesMarkedWithPullRequest() {
        create("issue");
        int pr = github.addPullRequest("acme", "demo", "A change");

        JsonNode list = api.get(ISSUES + "?state=all&direction=asc").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).has("pull_request")).isFalse();
        assertThat(list.get(1).get("number").asInt()).isEqualTo(pr);
        assertThat(list.get(1).get("pull_request").get("html_url").asText()).endsWith("/acme/demo/pull/2");
        assertThat(github.issueCount()).isEqualTo(1);
    }

    @Test
    void answersGoneForADeletedIssueAndLeavesItOutOfLists() {
        create("doomed");
        create("kept");

        github.deleteIssue("acme", "demo", 1);

        Api.Answer gone = api.get(ISSUES + "/1");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().get("message").asText()).isEqualTo("This issue was deleted");
        assertThat(api.get(ISSUES).json().findValuesAsText("title")).containsExactly("kept");
        assertThat(github.issueCount()).isEqualTo(1);
    }

    @Test
    void addsAndRemovesAssigneesAndListsAssignableUsers() {
        create("x");

        Api.Answer added = api.post(ISSUES + "/1/assignees", Api.json("assignees", List.of("bob", "mallory")));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("assignees").findValuesAsText("login")).containsExactly("bob");

        Api.Answer removed = api.delete(ISSUES + "/1/assignees", Api.json("assignees", List.of("bob")));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("assignees")).isEmpty();

        List<String> assignable = api.get("/repos/acme/demo/assignees").json().findValuesAsText("login");
        assertThat(assignable).containsExactlyInAnyOrder("demo-bot", "alice", "bob", "carol");
        github.addUser("dave", null, "Dave Doe");
        assertThat(api.get("/repos/acme/demo/assignees?per_page=2").link("last")).endsWith("page=3");
    }

    @Test
    void addsARepositoryWithItsOwnNumbering() {
        long id = github.addRepository("acme", "other");
        api.post("/repos/acme/other/issues", Api.json("title", "elsewhere"));

        assertThat(id).isNotEqualTo(github.repositoryId("acme", "demo"));
        assertThat(api.get("/repos/acme/other/issues/1").json().get("title").asText()).isEqualTo("elsewhere");
        assertThat(api.get(ISSUES + "/1").status()).isEqualTo(404);
        assertThat(api.get("/repos/acme/other").json().get("id").asLong()).isEqualTo(id);
    }
}
