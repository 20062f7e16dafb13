package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real concurrent edit of one field under the "raise" policy: the Jira node keeps its value, records the conflict
 * and blocks only that field of that twin (another field keeps syncing) until an admin resolves it; then both sides
 * end equal.
 */
class ConflictIT {
    private static final Duration SYNC = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    FaultTopology f;

    @AfterEach
    void stop() {
        if (f != null) f.close();
    }

    @Test
    void aRaisedConflictBlocksOnlyItsFieldUntilAnAdminResolvesIt() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        RestClient jiraAdmin = Topology.admin(f.t.jiraNode());
        jiraAdmin.put("/api/connections/" + f.t.demo.connectionId() + "/conflict-policy", Map.of("policy", "raise"));
        String key = f.t.jira.create("Original", "text", "Medium");
        String number = f.t.awaitGithubTwin(key);
        f.t.awaitQuiet();

        f.jira().webhooks().dropNext(1); // the Jira edit is not seen before GitHub's arrives: a true concurrent edit
        f.t.jira.setSummary(key, "Jira title");
        f.t.github.setTitle(number, "GitHub title");
        await().atMost(SYNC).until(() -> jiraAdmin.get("/api/conflicts?status=OPEN").size() == 1);
        JsonNode conflict = jiraAdmin.get("/api/conflicts?status=OPEN").get(0);
        assertThat(conflict.path("field").asText()).isEqualTo("summary");
        assertThat(conflict.path("outcome").asText()).isEqualTo("RAISED");
        assertThat(conflict.path("localValue").asText()).isEqualTo("\"Jira title\"");
        assertThat(conflict.path("remoteValue").asText()).isEqualTo("\"GitHub title\"");
        f.t.awaitQuiet();
        assertThat(f.t.jira.issue(key).path("fields").path("summary").asText()).isEqualTo("Jira title");

        f.t.github.setTitle(number, "GitHub again");
        f.t.github.setBody(number, "body from GitHub");
        await().atMost(SYNC).until(() -> JiraUser.text(f.t.jira.issue(key).path("fields").path("description")).equals("body from GitHub"));
        f.t.awaitQuiet();
        assertThat(f.t.jira.issue(key).path("fields").path("summary").asText()).as("the blocked field").isEqualTo("Jira title");

        jiraAdmin.post("/api/conflicts/" + conflict.path("id").asLong() + "/resolve", Map.of("keep", "remote"));

        // "remote" is GitHub's title as this node last received it; meanwhile GitHub (apply remote) may have taken
        // the Jira title that travelled with the description's echo-free update: either way both sides end equal
        f.t.awaitQuiet();
        await().atMost(SYNC).until(() -> f.t.jira.issue(key).path("fields").path("summary").asText()
                .equals(f.t.github.issue(number).path("title").asText()));
        f.t.awaitQuiet();
        assertThat(f.t.jira.issue(key).path("fields").path("summary").asText()).isEqualTo(f.t.github.issue(number).path("title").asText());
        assertThat(jiraAdmin.get("/api/conflicts?status=OPEN").size()).isZero();
        assertThat(jiraAdmin.get("/api/conflicts").get(0).path("resolution").asText()).isEqualTo("remote");
    }

    @Test
    void withTheDefaultPolicyOnBothSidesCrossingEditsOfOneFieldEndWithTheAcceptingSidesValue() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        RestClient jiraAdmin = Topology.admin(f.t.jiraNode());
        RestClient githubAdmin = Topology.admin(f.t.githubNode());
        String key = f.t.jira.create("Original", "text", "Medium");
        String number = f.t.awaitGithubTwin(key);
        f.t.awaitQuiet();

        // both nodes hold their edits in the queue, then both send before either applies: the messages cross
        jiraAdmin.post("/api/sync/deactivate", Map.of("reason", "crossing edits"));
        githubAdmin.post("/api/sync/deactivate", Map.of("reason", "crossing edits"));
        f.t.jira.setSummary(key, "Jira title");
        f.t.github.setTitle(number, "GitHub title");
        await().atMost(SYNC).until(() -> hasLocalChange(f.t.jiraNode(), key) && hasLocalChange(f.t.githubNode(), number));
        jiraAdmin.post("/api/sync/activate", Map.of());
        githubAdmin.post("/api/sync/activate", Map.of());

        // without the policy exchange both would apply the other's value and swap; the GitHub node accepted the
        // connection, so its value stands on both sides
        await().atMost(SYNC).until(() -> f.t.jira.issue(key).path("fields").path("summary").asText().equals("GitHub title"));
        f.t.awaitQuiet();
        assertThat(f.t.jira.issue(key).path("fields").path("summary").asText()).isEqualTo("GitHub title");
        assertThat(f.t.github.issue(number).path("title").asText()).isEqualTo("GitHub title");
        assertThat(jiraAdmin.get("/api/conflicts").get(0).path("outcome").asText()).isEqualTo("REMOTE_APPLIED");
        assertThat(githubAdmin.get("/api/conflicts").get(0).path("outcome").asText()).isEqualTo("LOCAL_KEPT");
    }

    private boolean hasLocalChange(io.entwine.server.RunningNode node, String localKey) {
        return node.node().database().inTransaction(tx -> tx.twins().findByLocalKey(f.t.demo.connectionId(), localKey)
                .map(twin -> tx.queue().hasPending(twin.id(), io.entwine.store.queue.EventKind.LOCAL_CHANGE)).orElse(false));
    }
}
