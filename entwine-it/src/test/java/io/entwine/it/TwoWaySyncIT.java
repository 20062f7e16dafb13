package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two nodes, an emulated Jira and an emulated GitHub, default rules, real HTTP everywhere. */
class TwoWaySyncIT {
    private static final Duration SYNC = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    Topology t;

    @BeforeEach
    void start() {
        t = Topology.start(dataDir);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void jiraIssueIsCreatedOnGitHubWithItsFields() {
        String key = t.jira.create("Checkout fails", "Guest checkout returns 500.", "High", "checkout");
        String number = t.awaitGithubTwin(key);
        JsonNode issue = t.github.issue(number);
        assertThat(issue.path("title").asText()).isEqualTo("Checkout fails");
        assertThat(issue.path("body").asText()).isEqualTo("Guest checkout returns 500.");
        assertThat(issue.path("state").asText()).isEqualTo("open");
        assertThat(t.github.labels(number)).containsExactlyInAnyOrder("checkout", "priority: High");
    }

    @Test
    void githubIssueIsCreatedInJiraWithItsFields() {
        String number = t.github.create("Crash on empty CSV", "Steps: import an empty file", "bug", "priority: Low");
        String key = t.awaitJiraTwin(number);
        JsonNode fields = t.jira.issue(key).path("fields");
        assertThat(fields.path("summary").asText()).isEqualTo("Crash on empty CSV");
        assertThat(JiraUser.text(fields.path("description"))).isEqualTo("Steps: import an empty file");
        assertThat(fields.path("priority").path("name").asText()).isEqualTo("Low");
        assertThat(fields.path("labels")).extracting(JsonNode::asText).containsExactly("bug");
        assertThat(fields.path("status").path("name").asText()).isEqualTo("To Do");
    }

    @Test
    void everySyncedFieldTravelsFromJiraToGitHub() {
        String key = t.jira.create("Original", "Old text", "Medium", "a");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();

        t.jira.setSummary(key, "Renamed in Jira");
        t.jira.setDescription(key, "New text from Jira");
        t.jira.setPriority(key, "Highest");
        t.jira.setLabels(key, "b", "c");
        t.jira.assign(key, "alice@example.com");
        t.jira.transition(key, "Done");

        await().atMost(SYNC).untilAsserted(() -> {
            JsonNode issue = t.github.issue(number);
            assertThat(issue.path("title").asText()).isEqualTo("Renamed in Jira");
            assertThat(issue.path("body").asText()).isEqualTo("New text from Jira");
            assertThat(t.github.labels(number)).containsExactlyInAnyOrder("b", "c", "priority: Highest");
            assertThat(issue.path("assignee").path("login").asText()).isEqualTo("alice");
            assertThat(issue.path("state").asText()).isEqualTo("closed");
        });
    }

    @Test
    void everySyncedFieldTravelsFromGitHubToJira() {
        String number = t.github.create("Original", "Old text", "a");
        String key = t.awaitJiraTwin(number);
        t.awaitQuiet();

        t.github.setTitle(number, "Renamed on GitHub");
        t.github.setBody(number, "New text from GitHub");
        t.github.setLabels(number, "x", "priority: High");
        t.github.assign(number, "bob");
        t.github.close(number);

        await().atMost(SYNC).untilAsserted(() -> {
            JsonNode fields = t.jira.issue(key).path("fields");
            assertThat(fields.path("summary").asText()).isEqualTo("Renamed on GitHub");
            assertThat(JiraUser.text(fields.path("description"))).isEqualTo("New text from GitHub");
            assertThat(fields.path("labels")).extracting(JsonNode::asText).containsExactly("x");
            assertThat(fields.path("priority").path("name").asText()).isEqualTo("High");
            assertThat(fields.path("assignee").path("emailAddress").asText()).isEqualTo("bob@example.com");
            assertThat(fields.path("status").path("name").asText()).isEqualTo("Done");
        });

        t.github.reopen(number);
        await().atMost(SYNC).untilAsserted(() ->
                assertThat(t.jira.issue(key).path("fields").path("status").path("name").asText()).isEqualTo("To Do"));
    }

    @Test
    void commentsAreAddedEditedAndDeletedBothWaysWithoutDuplicates() {
        String key = t.jira.create("Comments", null, null);
        String number = t.awaitGithubTwin(key);

        String jiraComment = t.jira.comment(key, "First from Jira");
        String githubComment = t.github.comment(number, "First from GitHub");
        await().atMost(SYNC).untilAsserted(() -> {
            assertThat(t.github.commentBodies(number)).hasSize(2).anyMatch(b -> b.endsWith("First from Jira"));
            assertThat(t.jira.commentTexts(key)).hasSize(2).anyMatch(b -> b.endsWith("First from GitHub"));
        });

        t.jira.editComment(key, jiraComment, "Edited in Jira");
        t.github.editComment(githubComment, "Edited on GitHub");
        await().atMost(SYNC).untilAsserted(() -> {
            assertThat(t.github.commentBodies(number)).hasSize(2).anyMatch(b -> b.endsWith("Edited in Jira"))
                    .noneMatch(b -> b.endsWith("First from Jira"));
            assertThat(t.jira.commentTexts(key)).hasSize(2).anyMatch(b -> b.endsWith("Edited on GitHub"))
                    .noneMatch(b -> b.endsWith("First from GitHub"));
        });

        t.jira.deleteComment(key, jiraComment);
        t.github.deleteComment(githubComment);
        await().atMost(SYNC).untilAsserted(() -> {
            assertThat(t.github.commentBodies(number)).isEmpty();
            assertThat(t.jira.commentTexts(key)).isEmpty();
        });
        t.awaitQuiet();
        assertThat(t.github.commentBodies(number)).isEmpty();
        assertThat(t.jira.commentTexts(key)).isEmpty();
    }

    @Test
    void oneChangeMakesExactlyTheWritesItNeedsAndThenTheSystemIsQuiet() {
        String key = t.jira.create("Echo check", "text", "Medium");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();
        long jiraBefore = t.demo.jira().journal().successfulWrites();
        long githubBefore = t.demo.github().journal().successfulWrites();

        t.jira.setSummary(key, "Echo check, renamed");
        await().atMost(SYNC).until(() -> t.github.issue(number).path("title").asText().equals("Echo check, renamed"));
        t.awaitQuiet();

        // the user's edit in Jira, and exactly one PATCH on GitHub: nothing travels back
        assertThat(t.demo.jira().journal().successfulWrites() - jiraBefore).isEqualTo(1);
        assertThat(t.demo.github().journal().successfulWrites() - githubBefore).isEqualTo(1);

        long githubMark = t.demo.github().journal().successfulWrites();
        t.github.comment(number, "a comment");
        await().atMost(SYNC).until(() -> t.jira.commentTexts(key).size() == 1);
        t.awaitQuiet();
        assertThat(t.demo.github().journal().successfulWrites() - githubMark).isEqualTo(1);
        assertThat(t.demo.jira().journal().successfulWrites() - jiraBefore).isEqualTo(2);
        assertThat(t.github.commentBodies(number)).hasSize(1);
    }

    @Test
    void concurrentEditsOfDifferentFieldsOnBothSidesBothSurvive() {
        String key = t.jira.create("Base title", "Base text", "Medium");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();

        t.jira.setSummary(key, "Title from Jira");
        t.github.setBody(number, "Text from GitHub");

        await().atMost(SYNC).untilAsserted(() -> {
            JsonNode gh = t.github.issue(number);
            JsonNode jf = t.jira.issue(key).path("fields");
            assertThat(gh.path("title").asText()).isEqualTo("Title from Jira");
            assertThat(gh.path("body").asText()).isEqualTo("Text from GitHub");
            assertThat(jf.path("summary").asText()).isEqualTo("Title from Jira");
            assertThat(JiraUser.text(jf.path("description"))).isEqualTo("Text from GitHub");
        });
        t.awaitQuiet();
        assertThat(t.github.issue(number).path("title").asText()).isEqualTo("Title from Jira");
        assertThat(JiraUser.text(t.jira.issue(key).path("fields").path("description"))).isEqualTo("Text from GitHub");
    }

    @Test
    void existingIssuesOnBothSidesAreSyncedAtStartWithoutDuplicates() {
        // created while the sync runs, then a new node pair would pick them up by the initial sweep;
        // here: several issues at once, and the totals must match exactly
        for (int i = 0; i < 5; i++) t.jira.create("J" + i, null, null);
        for (int i = 0; i < 5; i++) t.github.create("G" + i, null);
        await().atMost(SYNC).untilAsserted(() -> {
            assertThat(t.jira.keys()).hasSize(10);
            assertThat(t.github.numbers()).hasSize(10);
        });
        t.awaitQuiet();
        assertThat(t.jira.keys()).hasSize(10);
        assertThat(t.github.numbers()).hasSize(10);
        List<String> titles = t.github.numbers().stream().map(n -> t.github.issue(n).path("title").asText()).sorted().toList();
        assertThat(titles).containsExactly("G0", "G1", "G2", "G3", "G4", "J0", "J1", "J2", "J3", "J4");
    }
}
