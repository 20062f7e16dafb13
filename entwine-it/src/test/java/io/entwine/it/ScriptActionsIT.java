package io.entwine.it;

import io.entwine.core.connection.ConnectionSettings;
import io.entwine.server.RunningNode;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.errorlog.SyncError;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.rule.Direction;
import io.entwine.store.twin.TwinState;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The actions rules ask for, carried out by the engine between two nodes over real HTTP (emulated Jira and GitHub):
 * sync back, stop syncing, bring another issue under sync, connect to an existing issue, parents before children.
 * The rules express a parent as a {@code Parent: #N} line in the GitHub body and as a {@code parent-KEY} label in
 * Jira, so they need no parent support from either tracker.
 */
class ScriptActionsIT {
    private static final Duration SYNC = Duration.ofSeconds(20);

    private static final String GITHUB_OUTGOING = """
            if (issue.labels.any { it.label == "hold" }) return
            replica.key         = issue.key
            replica.summary     = issue.summary
            replica.description = issue.description
            replica.status      = issue.status
            def parentLine = issue.description?.split("\\n")?.find { it.startsWith("Parent: #") }
            if (parentLine) {
                def parent = parentLine.substring("Parent: #".length()).trim()
                replica.parentId = parent
                syncHelper.exalate(parent)
            }
            """;

    private static final String GITHUB_INCOMING = """
            issue.summary     = replica.summary
            issue.description = replica.description
            if (replica.customKeys?.jiraKey) issue.labels = ["jira:" + replica.customKeys.jiraKey]
            if (replica.status?.name == "Done") {
                issue.status = "closed"
                syncHelper.unExalateAfterProcessing()
            }
            def also = replica.description?.split("\\n")?.find { it.startsWith("Also sync #") }
            if (also) syncHelper.exalate(also.substring("Also sync #".length()).trim())
            """;

    private static final String JIRA_OUTGOING = """
            replica.key         = issue.key
            replica.summary     = issue.summary
            replica.description = issue.description
            replica.status      = issue.status
            replica.customKeys  = [jiraKey: issue.key]
            """;

    private static final String JIRA_INCOMING = """
            if (firstSync) {
                def existing = replica.description?.split("\\n")?.find { it.startsWith("Jira: ") }
                if (existing) return new com.exalate.basic.domain.BasicIssueKey(null, existing.substring("Jira: ".length()).trim())
                issue.type = nodeHelper.getIssueType("Task", issue.projectKey) ?: "Task"
                syncHelper.syncBackAfterProcessing()
            }
            issue.summary     = replica.summary
            issue.description = replica.description
            issue.labels = replica.parentId ? ["parent-" + nodeHelper.getLocalIssueKeyFromRemoteId(replica.parentId).key] : []
            """;

    @TempDir
    Path dataDir;
    Topology t;

    @BeforeEach
    void start() {
        t = Topology.start(dataDir);
        publish(t.githubNode(), GITHUB_OUTGOING, GITHUB_INCOMING);
        publish(t.jiraNode(), JIRA_OUTGOING, JIRA_INCOMING);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private void publish(RunningNode node, String outgoing, String incoming) {
        node.node().rules().publish(t.demo.connectionId(), Direction.OUTGOING, outgoing);
        node.node().rules().publish(t.demo.connectionId(), Direction.INCOMING, incoming);
    }

    /** Only the issues brought under sync by rules travel from this node (syncAll off). */
    private void syncOnlyWhatRulesBring(RunningNode node) {
        node.node().database().useTransaction(tx ->
                tx.connections().updateConfig(t.demo.connectionId(), new ConnectionSettings(false).toJson()));
    }

    private static List<SyncError> openErrors(RunningNode node) {
        return node.node().database().inTransaction(tx -> tx.errors().list(ErrorStatus.OPEN, 100));
    }

    private Optional<String> jiraKeyWithSummary(String summary) {
        return t.jira.keys().stream().filter(k -> t.jira.issue(k).path("fields").path("summary").asText().equals(summary)).findFirst();
    }

    @Test
    void theCreatedJiraKeyIsSyncedBackIntoTheGitHubIssue() {
        String number = t.github.create("Key back", "Created on GitHub");
        String key = t.awaitJiraTwin(number);
        await().atMost(SYNC).untilAsserted(() -> assertThat(t.github.labels(number)).containsExactly("jira:" + key));
        t.awaitQuiet();
        assertThat(t.jira.keys()).containsExactly(key);
        assertThat(t.github.numbers()).containsExactly(number);
    }

    @Test
    void closingInJiraStopsTheSyncOfThatIssue() {
        String key = t.jira.create("Until closed", "text", null);
        String number = t.awaitGithubTwin(key);
        t.jira.transition(key, "Done");
        await().atMost(SYNC).untilAsserted(() -> assertThat(t.github.issue(number).path("state").asText()).isEqualTo("closed"));
        await().atMost(SYNC).until(() -> t.githubNode().node().database().inTransaction(tx ->
                tx.twins().findByLocalKey(t.demo.connectionId(), number)).orElseThrow().state() == TwinState.UNSYNCED);
        // the peer is told, as with an admin's unsync: the Jira side stops too
        await().atMost(SYNC).until(() -> t.jiraNode().node().database().inTransaction(tx ->
                tx.twins().findByLocalKey(t.demo.connectionId(), key)).orElseThrow().state() == TwinState.UNSYNCED);
        t.awaitQuiet();

        t.jira.setSummary(key, "Renamed after the close");
        t.awaitQuiet();
        assertThat(t.github.issue(number).path("title").asText()).isEqualTo("Until closed");
    }

    @Test
    void aChildArrivingBeforeItsParentWaitsAndCompletesOnceTheParentSyncs() {
        String parent = t.github.create("Parent", "Not ready yet", "hold");
        String child = t.github.create("Child", "Parent: #" + parent);

        await().atMost(SYNC).untilAsserted(() -> assertThat(openErrors(t.jiraNode())).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(ErrorLevel.ENTITY);
            assertThat(e.message()).startsWith("parent " + parent + " not synced yet");
        }));
        assertThat(t.jira.keys()).isEmpty();

        t.github.setLabels(parent); // the parent is ready: its rules send it now
        String parentKey = await().atMost(SYNC).until(() -> jiraKeyWithSummary("Parent").orElse(null), k -> k != null);
        await().atMost(SYNC).untilAsserted(() -> {
            String childKey = jiraKeyWithSummary("Child").orElseThrow();
            JsonNode labels = t.jira.issue(childKey).path("fields").path("labels");
            assertThat(labels).extracting(JsonNode::asText).containsExactly("parent-" + parentKey);
        });
        t.awaitQuiet();
        assertThat(openErrors(t.jiraNode())).isEmpty();
        assertThat(t.jira.keys()).hasSize(2);
        List<io.entwine.store.queue.SyncEvent> failed = t.jiraNode().node().database().inTransaction(tx -> tx.queue().list(EventStatus.FAILED, 10));
        assertThat(failed).isEmpty();
    }

    @Test
    void exalateBringsAnotherGitHubIssueUnderSync() {
        syncOnlyWhatRulesBring(t.githubNode());
        String lonely = t.github.create("Lonely", "not under sync");
        t.awaitQuiet();
        assertThat(t.jira.keys()).isEmpty();

        String key = t.jira.create("Brings a friend", "Also sync #" + lonely, null);
        t.awaitGithubTwin(key);
        String lonelyKey = await().atMost(SYNC).until(() -> jiraKeyWithSummary("Lonely").orElse(null), k -> k != null);
        t.awaitQuiet();
        assertThat(t.jiraTwinOf(lonely)).contains(lonelyKey);

        t.github.setTitle(lonely, "Lonely no more");
        await().atMost(SYNC).untilAsserted(() ->
                assertThat(t.jira.issue(lonelyKey).path("fields").path("summary").asText()).isEqualTo("Lonely no more"));
    }

    @Test
    void aGitHubIssueConnectsToAnExistingJiraIssueInsteadOfCreatingOne() {
        syncOnlyWhatRulesBring(t.jiraNode());
        String existing = t.jira.create("Already in Jira", "filed long ago", null);
        t.awaitQuiet();
        assertThat(t.github.numbers()).isEmpty();

        String number = t.github.create("Same problem, seen on GitHub", "Jira: " + existing);
        assertThat(t.awaitJiraTwin(number)).isEqualTo(existing);
        await().atMost(SYNC).untilAsserted(() ->
                assertThat(t.jira.issue(existing).path("fields").path("summary").asText()).isEqualTo("Same problem, seen on GitHub"));
        t.awaitQuiet();
        assertThat(t.jira.keys()).containsExactly(existing);

        t.jira.setSummary(existing, "Renamed in Jira");
        await().atMost(SYNC).untilAsserted(() ->
                assertThat(t.github.issue(number).path("title").asText()).isEqualTo("Renamed in Jira"));
    }
}
