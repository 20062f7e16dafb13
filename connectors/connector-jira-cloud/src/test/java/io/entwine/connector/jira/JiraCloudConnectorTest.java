package io.entwine.connector.jira;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.connector.TrackerInfo;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubUser;
import io.entwine.connector.jira.adf.AdfMarkdown;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JiraCloudConnectorTest {
    private final JiraFixture f = new JiraFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private HubIssue draft(String summary) {
        HubIssue draft = new HubIssue();
        draft.setSummary(summary);
        return draft;
    }

    @Test
    void startsAgainstTheSiteAndKnowsItsInstanceAndIntegrationUser() {
        f.started();

        TrackerInfo info = f.connector.trackerInfo();

        assertThat(f.connector.kind()).isEqualTo("jira-cloud");
        assertThat(info.instanceId()).isEqualTo(f.jira.cloudId());
        assertThat(info.baseUrl()).isEqualTo(f.jira.baseUrl());
        assertThat(info.integrationUser().key()).isEqualTo(f.jira.accountId("demo@example.com"));
        assertThat(info.integrationUser().displayName()).isEqualTo("Demo Admin");
        assertThat(f.connector.browseUrl("DEMO-7")).isEqualTo(f.jira.baseUrl() + "/browse/DEMO-7");
    }

    @Test
    void refusesToStartWithWrongCredentialsAnUnknownProjectOrMissingSettings() {
        assertThatThrownBy(() -> f.connector.start(f.config(Map.of("apiToken", "wrong"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'apiToken'").hasMessageContaining("credentials");
        assertThatThrownBy(() -> f.connector.start(f.config(Map.of("project", "NOPE"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'project'").hasMessageContaining("NOPE");
        assertThatThrownBy(() -> f.connector.start(f.config(Map.of("email", ""))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'email'");
        assertThatThrownBy(() -> f.connector.start(f.config(Map.of("overlapMinutes", "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'overlapMinutes'");
    }

    @Test
    void createsAnIssueFromADraftAndReadsItBack() {
        f.started();
        HubIssue draft = draft("Printer on fire");
        draft.setDescription("It smokes.\n\nCall the fire brigade.");
        draft.setTypeName("Bug");
        draft.setPriority("High");
        draft.setLabels(List.of("hardware", "good first issue"));
        draft.setAssignee(new HubUser(null, null, "bob@example.com", null, true));

        EntityRef ref = f.connector.create(draft);

        assertThat(ref.key()).isEqualTo("DEMO-1");
        assertThat(ref.id()).isEqualTo("10000");
        assertThat(ref.url()).isEqualTo(f.jira.baseUrl() + "/browse/DEMO-1");
        assertThat(ref.updated()).isNull();
        HubIssue read = f.connector.read("DEMO-1");
        assertThat(read.getKey()).isEqualTo("DEMO-1");
        assertThat(read.getId()).isEqualTo("10000");
        assertThat(read.getUrl()).isEqualTo(ref.url());
        assertThat(read.getSummary()).isEqualTo("Printer on fire");
        assertThat(read.getDescription()).isEqualTo("It smokes.\n\nCall the fire brigade.");
        assertThat(read.getTypeName()).isEqualTo("Bug");
        assertThat(read.getPriority()).isEqualTo(new HubPriority("2", "High"));
        assertThat(read.getStatus().name()).isEqualTo("To Do");
        assertThat(read.getProject().key()).isEqualTo("DEMO");
        assertThat(read.getProject().name()).isEqualTo("Demo project");
        assertThat(read.getLabels()).containsExactly(new HubLabel("hardware"), new HubLabel("good_first_issue"));
        assertThat(read.getAssignee().key()).isEqualTo(f.jira.accountId("bob@example.com"));
        assertThat(read.getAssignee().email()).isEqualTo("bob@example.com");
        assertThat(read.getReporter().displayName()).isEqualTo("Demo Admin");
        assertThat(read.getCreator().key()).isEqualTo(f.jira.accountId("demo@example.com"));
        assertThat(read.getCreated()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(read.getUpdated()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(read.getComments()).isEmpty();
    }

    @Test
    void richMarkdownSurvivesTheTripThroughJiraAsWhatNormalizeWrittenPredicts() {
        f.started();
        String markdown = "# Steps\n\n1. Open the **tray**\n2. Run `lpr -P x`\n\n```sh\nlpstat -t\n```\n\n"
                + "> quoted, see [the manual](https://example.com/manual)\n\n- [ ] not a task in Jira";
        HubIssue draft = draft("rich");
        draft.setDescription(markdown);
        String key = f.connector.create(draft).key();
        HubComment comment = f.connector.addComment(key, new HubComment(null, markdown, null, null, null));

        HubIssue read = f.connector.read(key);

        assertThat(read.getDescription()).isEqualTo(f.connector.normalizeWritten(draft).getDescription());
        assertThat(read.getDescription()).contains("**tray**", "`lpr -P x`", "```sh", "[the manual](https://example.com/manual)");
        assertThat(read.getComments()).singleElement().extracting(HubComment::getBody).isEqualTo(comment.getBody())
                .isEqualTo(AdfMarkdown.normalize(markdown));
    }

    @Test
    void createsWithTheConfiguredDefaultTypeInTheConfiguredProject() {
        f.jira.addProject("OPS", "Operations");
        f.connector.start(f.config(Map.of("issueType", "Story")));

        EntityRef ref = f.connector.create(draft("default type"));
        HubIssue elsewhere = draft("elsewhere");
        elsewhere.setProjectKey("OPS");

        assertThat(f.connector.read(ref.key()).getTypeName()).isEqualTo("Story");
        assertThat(f.connector.create(elsewhere).key()).isEqualTo("OPS-1");
    }

    @Test
    void refusesToCreateForAnAssigneeNobodyHas() {
        f.started();
        HubIssue draft = draft("x");
        draft.setAssignee("nobody@example.com");

        assertThatThrownBy(() -> f.connector.create(draft)).isInstanceOf(EntityException.class)
                .hasMessageContaining("nobody@example.com");
        assertThat(f.jira.issueCount()).isZero();
    }

    @Test
    void deletesAnIssueAndDeletingItAgainIsNotAnError() {
        f.started();
        String key = f.connector.create(draft("Delete me")).key();

        f.connector.delete(key);

        assertThatThrownBy(() -> f.connector.read(key)).isInstanceOf(EntityNotFoundException.class);
        f.connector.delete(key);
    }

    @Test
    void readingAMissingIssueIsEntityNotFound() {
        f.started();

        assertThatThrownBy(() -> f.connector.read("DEMO-99")).isInstanceOfSatisfying(EntityNotFoundException.class,
                e -> assertThat(e.key()).isEqualTo("DEMO-99"));
    }

    @Test
    void updatesTheFieldsItIsGivenWithOneEdit() {
        f.started();
        String key = f.connector.create(draft("before")).key();
        long writes = f.writes();

        EntityRef ref = f.connector.update(key, new FieldChanges(Map.of("summary", "after", "description", "new text",
                "priority", new HubPriority(null, "Lowest"), "labels", List.of(new HubLabel("x")),
                "assignee", new HubUser(f.jira.accountId("carol@example.com"), null, null, null, true))));

        assertThat(f.writes() - writes).isEqualTo(1);
        assertThat(ref.key()).isEqualTo(key);
        HubIssue read = f.connector.read(key);
        assertThat(read.getSummary()).isEqualTo("after");
        assertThat(read.getDescription()).isEqualTo("new text");
        assertThat(read.getPriority().name()).isEqualTo("Lowest");
        assertThat(read.getLabels()).containsExactly(new HubLabel("x"));
        assertThat(read.getAssignee().displayName()).isEqualTo("Carol Chen");

        f.connector.update(key, new FieldChanges(java.util.Collections.singletonMap("assignee", null)));
        assertThat(f.connector.read(key).getAssignee()).isNull();
    }

    @Test
    void refusesFieldsItCannotWriteWithoutCallingJira() {
        f.started();
        String key = f.connector.create(draft("x")).key();
        long writes = f.writes();

        assertThatThrownBy(() -> f.connector.update(key, new FieldChanges(Map.of("summary", "y", "storyPoints", 3, "resolution", "Done"))))
                .isInstanceOf(EntityException.class).hasMessageContaining("resolution, storyPoints");
        assertThatThrownBy(() -> f.connector.update(key, new FieldChanges(Map.of("assignees", List.of(
                HubUser.ofKey(f.jira.accountId("bob@example.com")), HubUser.ofKey(f.jira.accountId("carol@example.com")))))))
                .isInstanceOf(EntityException.class).hasMessageContaining("one assignee");
        assertThat(f.writes()).isEqualTo(writes);
    }

    @Test
    void addsEditsAndDeletesCommentsAsMarkdown() {
        f.started();
        String key = f.connector.create(draft("discussed")).key();
        f.clock.advance(Duration.ofMinutes(1));

        HubComment added = f.connector.addComment(key, new HubComment(null, "Hello **there**", null, null, null));
        assertThat(added.getId()).isNotBlank();
        assertThat(added.getBody()).isEqualTo("Hello **there**");
        assertThat(added.getAuthor().displayName()).isEqualTo("Demo Admin");
        assertThat(added.getCreated()).isEqualTo(Instant.parse("2026-11-23T10:01:00Z"));

        HubComment edited = f.connector.editComment(key, added.getId(), "Edited");
        assertThat(edited.getBody()).isEqualTo("Edited");
        assertThat(edited.getUpdateAuthor().key()).isEqualTo(f.jira.accountId("demo@example.com"));
        assertThat(f.connector.read(key).getComments()).extracting(HubComment::getBody).containsExactly("Edited");

        f.connector.deleteComment(key, added.getId());
        f.connector.deleteComment(key, added.getId());
        assertThat(f.connector.read(key).getComments()).isEmpty();
        assertThatThrownBy(() -> f.connector.editComment(key, added.getId(), "x")).isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void readsEveryCommentOfALongDiscussionPageByPage() {
        f.started();
        String key = f.connector.create(draft("long")).key();
        for (int i = 0; i < 230; i++) f.connector.addComment(key, new HubComment(null, "c" + i, null, null, null));
        long mark = f.jira.journal().mark();

        List<com.fasterxml.jackson.databind.JsonNode> comments = new JiraApi(io.entwine.connector.support.TrackerHttp
                .builder("Jira", f.jira.baseUrl()).authorization(() -> JiraFixture.basic("demo@example.com", "demo")).build()).comments(key);

        assertThat(comments).hasSize(230);
        assertThat(comments.get(229).path("body").path("content").get(0).path("content").get(0).path("text").asText()).isEqualTo("c229");
        assertThat(f.callsSince(mark)).hasSize(3);
        assertThat(f.connector.read(key).getComments()).hasSize(230);
    }

    @Test
    void transitionsByTargetStatusNameAndOnlyWhenNeeded() {
        f.started();
        String key = f.connector.create(draft("moving")).key();
        long writes = f.writes();

        f.connector.transition(key, "in progress");
        assertThat(f.connector.read(key).getStatus().name()).isEqualTo("In Progress");
        assertThat(f.writes() - writes).isEqualTo(1);

        f.connector.transition(key, "In Progress");
        assertThat(f.writes() - writes).isEqualTo(1);

        assertThatThrownBy(() -> f.connector.transition(key, "Blocked")).isInstanceOf(EntityException.class)
                .hasMessageContaining("'In Progress' to 'Blocked'").hasMessageContaining("To Do, Done");
    }

    @Test
    void looksUpUsersStatusesPrioritiesAndTypesByNameAndCachesTheLists() {
        f.started();

        assertThat(f.connector.userByEmail("ALICE@example.com")).hasValueSatisfying(u -> {
            assertThat(u.key()).isEqualTo(f.jira.accountId("alice@example.com"));
            assertThat(u.displayName()).isEqualTo("Alice Able");
        });
        assertThat(f.connector.userByEmail("nobody@example.com")).isEmpty();
        assertThat(f.connector.status("done")).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Done"));
        assertThat(f.connector.priority("HIGHEST")).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("1"));
        assertThat(f.connector.issueType("sub-task", "DEMO")).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Sub-task"));
        assertThat(f.connector.issueType("Epic", null)).isEmpty();
        long mark = f.jira.journal().mark();

        f.connector.status("To Do");
        f.connector.priority("Low");
        f.connector.issueType("Task", "DEMO");
        assertThat(f.callsSince(mark)).isEmpty();
    }

    @Test
    void normalizesWrittenTextAndLabelsTheWayJiraWillReportThem() {
        f.started();
        HubIssue written = draft("x");
        written.setDescription("  one\nline  ");
        written.setLabels(List.of("needs review"));
        written.setComments(List.of(new HubComment(null, "a\n\n\nb", null, null, null)));
        long mark = f.jira.journal().mark();

        HubIssue normal = f.connector.normalizeWritten(written);

        assertThat(normal.getDescription()).isEqualTo(AdfMarkdown.normalize("  one\nline  ")).isEqualTo("one\nline");
        assertThat(normal.getLabels()).containsExactly(new HubLabel("needs_review"));
        assertThat(normal.getComments().get(0).getBody()).isEqualTo("a\n\nb");
        assertThat(written.getDescription()).isEqualTo("  one\nline  ");
        assertThat(f.callsSince(mark)).isEmpty();
    }

    @Test
    void rulesReachJirasRestApiWithTheConnectorsCredentials() {
        f.started();
        String key = f.aliceCreates("Raw access");
        long mark = f.jira.journal().mark();

        TrackerHttpResponse me = f.connector.rawRequest("GET", "/rest/api/3/myself", null);
        TrackerHttpResponse added = f.connector.rawRequest("post", "/rest/api/3/issue/" + key + "/comment",
                "{\"body\":{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"by a rule\"}]}]}}");
        TrackerHttpResponse missing = f.connector.rawRequest("GET", "/rest/api/3/issue/DEMO-999", null);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains(f.jira.accountId("demo@example.com"));
        assertThat(me.headers()).containsKey("Content-Type");
        assertThat(added.status()).isEqualTo(201);
        assertThat(f.connector.read(key).getComments()).extracting(HubComment::getBody).containsExactly("by a rule");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEmpty();
        assertThat(f.callsSince(mark)).startsWith("GET /rest/api/3/myself", "POST /rest/api/3/issue/" + key + "/comment");
        assertThatThrownBy(() -> f.connector.rawRequest("GET", "https://elsewhere.example/rest/api/3/myself", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative to the Jira Cloud base URL");
        assertThatThrownBy(() -> f.connector.rawRequest("TRACE", "/rest/api/3/myself", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.connector.rawRequest("POST", "/rest/api/3/issue", "{not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.connector.rawRequest("POST", "/rest/api/3/issue", "{\"fields\":{}}")).isInstanceOf(EntityException.class);
    }
}
