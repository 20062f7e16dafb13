package io.entwine.it;

import io.entwine.server.RunningNode;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.queue.SyncEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Deleting a synced entity is a sync event: the peer marks its twin REMOTE_DELETED and applies its own policy, later
 * edits of the survivor are not sent; unsync and re-sync stop and restart one twin on both sides.
 */
class DeletionIT {
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
    void jiraDeletionAddsTheFinalNoteOnGitHubAndLaterGitHubEditsAreNotSent() {
        setPolicy(t.githubNode(), "NOTE");
        String key = t.jira.create("Soon deleted", "text", "Medium");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();

        t.jira.rest().delete("/rest/api/3/issue/" + key);

        await().atMost(Duration.ofSeconds(20)).until(() -> state(t.githubNode(), number) == TwinState.REMOTE_DELETED);
        await().atMost(Duration.ofSeconds(20)).until(() -> t.github.commentBodies(number).stream().anyMatch(b -> b.startsWith("Deleted in")));
        assertThat(state(t.jiraNode(), key)).isEqualTo(TwinState.LOCAL_DELETED);
        assertThat(t.github.issue(number).path("state").asText()).isEqualTo("open");

        long sendsBefore = lane(t.githubNode(), number).stream().filter(e -> e.kind() == EventKind.SEND).count();
        t.github.setTitle(number, "Edited after the Jira issue was deleted");
        t.github.comment(number, "anyone there?");
        t.awaitQuiet();

        assertThat(t.jira.keys()).isEmpty();
        List<SyncEvent> lane = lane(t.githubNode(), number);
        assertThat(lane).filteredOn(e -> e.kind() == EventKind.LOCAL_CHANGE && e.lastError() != null
                        && e.lastError().startsWith("skipped: ") && e.lastError().contains("REMOTE_DELETED"))
                .isNotEmpty().allMatch(e -> e.status() == EventStatus.SKIPPED);
        assertThat(lane.stream().filter(e -> e.kind() == EventKind.SEND).count()).isEqualTo(sendsBefore);
    }

    @Test
    void byDefaultARemoteDeletionLeavesTheEntityAlone() {
        String key = t.jira.create("Left alone", "text", "Medium");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();
        int comments = t.github.commentBodies(number).size();

        t.jira.rest().delete("/rest/api/3/issue/" + key);

        await().atMost(Duration.ofSeconds(20)).until(() -> state(t.githubNode(), number) == TwinState.REMOTE_DELETED);
        t.awaitQuiet();
        assertThat(t.github.issue(number).path("state").asText()).isEqualTo("open");
        assertThat(t.github.commentBodies(number)).hasSize(comments);
    }

    @Test
    void deletePolicyOnGitHubClosesWithTheNoteSinceGitHubCannotDeleteOverRest() {
        setPolicy(t.githubNode(), "delete");
        String key = t.jira.create("Closed instead", "text", "Medium");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();

        t.jira.rest().delete("/rest/api/3/issue/" + key);

        await().atMost(Duration.ofSeconds(20)).until(() -> t.github.issue(number).path("state").asText().equals("closed"));
        assertThat(t.github.commentBodies(number)).anyMatch(b -> b.startsWith("Deleted in"));
        t.awaitQuiet();
        assertThat(t.jira.keys()).isEmpty();
    }

    @Test
    void githubDeletionDeletesTheJiraTwinWithoutEchoingBack() {
        setPolicy(t.jiraNode(), "DELETE");
        String number = t.github.create("Deleted on GitHub", "text");
        String key = t.awaitJiraTwin(number);
        t.awaitQuiet();

        t.demo.github().deleteIssue("acme", "demo", Integer.parseInt(number));

        await().atMost(Duration.ofSeconds(20)).until(() -> !t.jira.keys().contains(key));
        t.awaitQuiet();
        assertThat(state(t.jiraNode(), key)).isEqualTo(TwinState.REMOTE_DELETED);
        assertThat(state(t.githubNode(), number)).isEqualTo(TwinState.LOCAL_DELETED);
        assertThatThrownBy(() -> t.jira.issue(key)).hasMessageContaining("404");
        assertThat(t.github.numbers()).isEmpty();
    }

    @Test
    void unsyncStopsBothSidesAndResyncSendsEverythingWithoutDuplicates() {
        String key = t.jira.create("Unsync me", "text", "Medium");
        String number = t.awaitGithubTwin(key);
        t.awaitQuiet();
        RestClient jiraAdmin = Topology.admin(t.jiraNode());
        long twinId = twin(t.jiraNode(), key).id();

        assertThat(jiraAdmin.post("/api/twins/" + twinId + "/unsync", Map.of()).path("state").asText()).isEqualTo("UNSYNCED");
        await().atMost(Duration.ofSeconds(20)).until(() -> state(t.githubNode(), number) == TwinState.UNSYNCED);

        t.jira.setSummary(key, "Jira edit while unsynced");
        t.github.setBody(number, "GitHub edit while unsynced");
        t.awaitQuiet();
        assertThat(t.github.issue(number).path("title").asText()).isEqualTo("Unsync me");
        assertThat(JiraUser.text(t.jira.issue(key).path("fields").path("description"))).isEqualTo("text");
        assertThatThrownBy(() -> jiraAdmin.post("/api/twins/" + twinId + "/unsync", Map.of())).hasMessageContaining("409");

        assertThat(jiraAdmin.post("/api/twins/" + twinId + "/resync", Map.of()).path("state").asText()).isEqualTo("ACTIVE");

        await().atMost(Duration.ofSeconds(20)).until(() -> t.github.issue(number).path("title").asText().equals("Jira edit while unsynced"));
        await().atMost(Duration.ofSeconds(20)).until(() -> JiraUser.text(t.jira.issue(key).path("fields").path("description"))
                .equals("GitHub edit while unsynced"));
        t.awaitQuiet();
        assertThat(state(t.githubNode(), number)).isEqualTo(TwinState.ACTIVE);
        assertThat(t.github.numbers()).containsExactly(number);
        assertThat(t.jira.keys()).containsExactly(key);
    }

    private void setPolicy(RunningNode node, String policy) {
        Topology.admin(node).put("/api/connections/" + t.demo.connectionId() + "/deletion", Map.of("remoteDeletion", policy));
    }

    private Twin twin(RunningNode node, String localKey) {
        return node.node().database().inTransaction(tx -> tx.twins().findByLocalKey(t.demo.connectionId(), localKey)).orElseThrow();
    }

    private TwinState state(RunningNode node, String localKey) {
        return twin(node, localKey).state();
    }

    private List<SyncEvent> lane(RunningNode node, String localKey) {
        long id = twin(node, localKey).id();
        return node.node().database().inTransaction(tx -> tx.queue().forTwin(id));
    }
}
