package io.entwine.connector.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.connector.QueryPage;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadWriteTest extends ConnectorFixture {

    private static FieldChanges changes(Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) values.put((String) keyValues[i], keyValues[i + 1]);
        return new FieldChanges(values);
    }

    @Test
    void readsAnIssueWithAllItsCommentsAndTheirAuthors() {
        alice.post(ISSUES, Human.json("title", "Crash on login", "body", "Steps:\n\n1. **open**",
                "labels", List.of("bug", "ui"), "assignees", List.of("bob", "carol")));
        clock.advance(Duration.ofMinutes(1));
        for (int i = 1; i <= 105; i++) alice.post(ISSUES + "/1/comments", Human.json("body", "comment " + i));
        new Human(github.baseUrl(), "demo").patch(ISSUES + "/1", Human.json("state", "closed", "state_reason", "not_planned"));

        HubIssue issue = connector.read("1");

        assertThat(issue.getKey()).isEqualTo("1");
        assertThat(issue.getId()).isNotBlank();
        assertThat(issue.getUrl()).isEqualTo(github.baseUrl() + "/acme/demo/issues/1");
        assertThat(issue.getSummary()).isEqualTo("Crash on login");
        assertThat(issue.getDescription()).isEqualTo("Steps:\n\n1. **open**");
        assertThat(issue.getStatus()).isEqualTo(new HubStatus(null, "closed"));
        assertThat(issue.getResolution()).isEqualTo(new HubResolution(null, "not_planned"));
        assertThat(issue.getProject().key()).isEqualTo("acme/demo");
        assertThat(issue.getProject().name()).isEqualTo("demo");
        assertThat(issue.getAssignee()).isEqualTo(new HubUser("bob", "bob", "bob@example.com", "Bob Baker", true));
        assertThat(issue.getAssignees()).extracting(HubUser::key).containsExactly("bob", "carol");
        assertThat(issue.getReporter().displayName()).isEqualTo("Alice Able");
        assertThat(issue.getCreator().email()).isEqualTo("alice@example.com");
        assertThat(issue.getLabels()).containsExactly(new HubLabel("bug"), new HubLabel("ui"));
        assertThat(issue.getCreated()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(issue.getUpdated()).isEqualTo(Instant.parse("2026-11-23T10:01:00Z"));
        assertThat(issue.getComments()).hasSize(105);
        HubComment first = issue.getComments().get(0);
        assertThat(first.getBody()).isEqualTo("comment 1");
        assertThat(first.getAuthor().key()).isEqualTo("alice");
        assertThat(first.getCreated()).isEqualTo(Instant.parse("2026-11-23T10:01:00Z"));
        assertThat(issue.getComments().get(104).getBody()).isEqualTo("comment 105");
    }

    @Test
    void looksEachUserUpOnce() {
        issueByAlice("a");
        issueByAlice("b");

        connector.read("1");
        connector.read("2");

        assertThat(github.journal().matching(e -> e.path().equals("/users/alice"))).hasSize(1);
    }

    @Test
    void treatsPullRequestsDeletedAndUnknownIssuesAsNotFound() {
        issueByAlice("doomed");
        int pr = github.addPullRequest("acme", "demo", "A change");
        github.deleteIssue("acme", "demo", 1);

        assertThatThrownBy(() -> connector.read(String.valueOf(pr))).isInstanceOf(EntityNotFoundException.class)
                .hasMessageContaining("pull request");
        assertThatThrownBy(() -> connector.read("1")).isInstanceOf(EntityNotFoundException.class).hasMessageContaining("deleted");
        assertThatThrownBy(() -> connector.read("77")).isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> connector.read("DEMO-1")).isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void createsAnIssueResolvingAssigneesByLoginOrEmailAndLeavingUnknownOnesOut() {
        HubIssue draft = new HubIssue();
        draft.setSummary("From Jira");
        draft.setDescription("*Markdown* text");
        draft.setLabels(List.of("from-jira", "bug"));
        draft.setAssignees(List.of(new HubUser(null, null, "CAROL@example.com", null, true), HubUser.ofKey("bob"),
                new HubUser("557058:abc", "jira.user", "nobody@example.com", "Jira Only", true)));
        draft.setStatus("closed");

        EntityRef ref = connector.create(draft);

        assertThat(ref.key()).isEqualTo("1");
        assertThat(ref.url()).isEqualTo(github.baseUrl() + "/acme/demo/issues/1");
        assertThat(ref.updated()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        JsonNode stored = alice.get(ISSUES + "/1");
        assertThat(ref.id()).isEqualTo(stored.path("id").asText());
        assertThat(stored.path("title").asText()).isEqualTo("From Jira");
        assertThat(stored.path("body").asText()).isEqualTo("*Markdown* text");
        assertThat(stored.path("labels").findValuesAsText("name")).containsExactly("from-jira", "bug");
        assertThat(stored.path("assignees").findValuesAsText("login")).containsExactly("carol", "bob");
        assertThat(stored.path("state").asText()).as("status is reached through transition").isEqualTo("open");
    }

    @Test
    void createsWithTheSingleAssigneeWhenNoListIsGiven() {
        HubIssue draft = new HubIssue();
        draft.setSummary("x");
        draft.setAssignee("alice@example.com");

        connector.create(draft);

        assertThat(alice.get(ISSUES + "/1").path("assignee").path("login").asText()).isEqualTo("alice");
    }

    @Test
    void refusesToCreateAnIssueWithoutSummary() {
        assertThatThrownBy(() -> connector.create(new HubIssue())).isInstanceOf(EntityException.class).hasMessageContaining("title");
        assertThat(github.issueCount()).isZero();
    }

    @Test
    void updatesFieldsAndReturnsTheTimestampOfThePatch() {
        issueByAlice("Old");
        clock.advance(Duration.ofMinutes(2));

        EntityRef ref = connector.update("1", changes("summary", "New", "description", "body text",
                "labels", List.of(new HubLabel("p1")), "assignees", List.of(HubUser.ofKey("alice"), HubUser.ofKey("ghost"))));

        assertThat(ref.updated()).isEqualTo(Instant.parse("2026-11-23T10:02:00Z"));
        JsonNode stored = alice.get(ISSUES + "/1");
        assertThat(stored.path("title").asText()).isEqualTo("New");
        assertThat(stored.path("body").asText()).isEqualTo("body text");
        assertThat(stored.path("labels").findValuesAsText("name")).containsExactly("p1");
        assertThat(stored.path("assignees").findValuesAsText("login")).containsExactly("alice");

        connector.update("1", changes("assignee", null, "description", null));
        stored = alice.get(ISSUES + "/1");
        assertThat(stored.path("assignees")).isEmpty();
        assertThat(stored.path("body").isNull()).isTrue();

        connector.update("1", changes("assignee", new HubUser(null, null, "bob@example.com", null, true)));
        assertThat(alice.get(ISSUES + "/1").path("assignee").path("login").asText()).isEqualTo("bob");
    }

    @Test
    void sendsTheResolutionAsStateReason() {
        issueByAlice("x");
        long mark = github.journal().mark();

        connector.update("1", changes("resolution", new HubResolution(null, "Not planned")));

        assertThat(github.journal().since(mark).get(0).requestBody()).contains("\"state_reason\":\"not_planned\"");
        assertThatThrownBy(() -> connector.update("1", changes("resolution", "Fixed"))).isInstanceOf(EntityException.class)
                .hasMessageContaining("'Fixed'");
    }

    @Test
    void refusesFieldsGitHubDoesNotHaveNamingThem() {
        issueByAlice("x");

        assertThatThrownBy(() -> connector.update("1", changes("priority", "High"))).isInstanceOf(EntityException.class)
                .hasMessageContaining("'priority'");
        assertThatThrownBy(() -> connector.update("1", changes("status", "closed"))).isInstanceOf(EntityException.class)
                .hasMessageContaining("'status'").hasMessageContaining("transition");
        assertThatThrownBy(() -> connector.update("404", changes("summary", "x"))).isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void answersTheCurrentReferenceForAnEmptyUpdate() {
        issueByAlice("x");
        long writes = github.journal().successfulWrites();

        EntityRef ref = connector.update("1", new FieldChanges(Map.of()));

        assertThat(ref.key()).isEqualTo("1");
        assertThat(github.journal().successfulWrites()).isEqualTo(writes);
    }

    @Test
    void movesBetweenOpenAndClosedWithReasons() {
        issueByAlice("x");

        connector.transition("1", "Closed");
        assertThat(alice.get(ISSUES + "/1").path("state_reason").asText()).isEqualTo("completed");
        connector.transition("1", "open");
        assertThat(alice.get(ISSUES + "/1").path("state").asText()).isEqualTo("open");
        connector.transition("1", "closed:not_planned");
        assertThat(connector.read("1").getResolution().name()).isEqualTo("not_planned");

        assertThatThrownBy(() -> connector.transition("1", "In Progress")).isInstanceOf(EntityException.class)
                .hasMessageContaining("'In Progress'").hasMessageContaining("open or closed");
    }

    @Test
    void addsEditsAndDeletesComments() {
        issueByAlice("x");
        clock.advance(Duration.ofSeconds(30));
        HubComment draft = new HubComment(null, "**From Jira**", HubUser.ofKey("someone"), null, null);

        HubComment added = connector.addComment("1", draft);
        assertThat(added.getId()).isNotBlank();
        assertThat(added.getBody()).isEqualTo("**From Jira**");
        assertThat(added.getAuthor().key()).isEqualTo("demo-bot");
        assertThat(added.getCreated()).isEqualTo(Instant.parse("2026-11-23T10:00:30Z"));

        clock.advance(Duration.ofSeconds(30));
        HubComment edited = connector.editComment("1", added.getId(), "edited");
        assertThat(edited.getBody()).isEqualTo("edited");
        assertThat(edited.getUpdated()).isEqualTo(Instant.parse("2026-11-23T10:01:00Z"));

        connector.deleteComment("1", added.getId());
        assertThat(connector.read("1").getComments()).isEmpty();
        connector.deleteComment("1", added.getId());
        assertThatThrownBy(() -> connector.editComment("1", added.getId(), "again")).isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> connector.addComment("1", new HubComment())).isInstanceOf(EntityException.class);
    }

    @Test
    void findsUsersByTheirPublicEmail() {
        github.addUser("erin", null, "Erin Hidden");

        assertThat(connector.userByEmail("ALICE@example.com")).contains(new HubUser("alice", "alice", "alice@example.com", "Alice Able", true));
        assertThat(connector.userByEmail("nobody@example.com")).isEmpty();
        assertThat(connector.userByEmail("")).isEmpty();
    }

    @Test
    void knowsOpenAndClosedButNoPrioritiesOrTypes() {
        assertThat(connector.status("OPEN")).contains(new HubStatus(null, "open"));
        assertThat(connector.status("closed")).contains(new HubStatus(null, "closed"));
        assertThat(connector.status("Done")).isEmpty();
        assertThat(connector.priority("High")).isEmpty();
        assertThat(connector.issueType("Bug", "acme/demo")).isEmpty();
    }

    @Test
    void queriesIssuesOfTheRepositoryPageByPage() {
        for (int i = 1; i <= 5; i++) alice.post(ISSUES, Human.json("title", "crash " + i, "labels", List.of("bug")));
        issueByAlice("unrelated");
        github.addPullRequest("acme", "demo", "crash fix");
        github.addRepository("acme", "other");
        alice.post("/repos/acme/other/issues", Human.json("title", "crash elsewhere", "labels", List.of("bug")));

        List<String> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            QueryPage page = connector.query("label:bug crash", token, 2);
            keys.addAll(page.keys());
            token = page.nextPageToken();
            pages++;
        } while (token != null);

        assertThat(keys).containsExactly("1", "2", "3", "4", "5");
        assertThat(pages).isEqualTo(3);
        assertThat(connector.query("repo:acme/other crash", null, 50).keys()).as("only this repository's issues")
                .containsExactly("1", "2", "3", "4", "5");
    }
}
