package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.server.RunningNode;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Triggers decide which new entities sync; bulk jobs sync, connect and unsync many at once with visible progress. */
class TriggersAndBulkIT {
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
    void aLabelTriggerBringsOnlyMatchingGitHubIssuesOver() {
        JsonNode set = setTriggers(t.githubNode(), "label:sync");
        assertThat(set.path("triggers")).extracting(JsonNode::asText).containsExactly("label:sync");

        String first = t.github.create("Matches", "text", "sync");
        String other = t.github.create("Does not match", "text", "bug");
        String second = t.github.create("Matches too", "text", "sync", "bug");
        t.awaitJiraTwin(first);
        t.awaitJiraTwin(second);
        t.awaitQuiet();
        assertThat(t.jiraTwinOf(other)).isEmpty();
        assertThat(t.jira.keys()).hasSize(2);

        t.github.setLabels(other, "bug", "sync");
        String key = t.awaitJiraTwin(other);
        assertThat(t.jira.issue(key).path("fields").path("summary").asText()).isEqualTo("Does not match");
        t.awaitQuiet();
        assertThat(t.jira.keys()).hasSize(3);
    }

    @Test
    void bulkSyncOfFiftyMatchingIssuesReportsProgressUpToFiftyOfFifty() {
        setTriggers(t.githubNode(), "label:never-matches");
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 50; i++) numbers.add(t.github.create("Backlog item " + i, "item " + i, "backfill"));
        t.github.create("Not part of the backfill", "text");
        t.awaitQuiet();
        assertThat(t.jira.keys()).isEmpty();

        RestClient admin = Topology.admin(t.githubNode());
        JsonNode job = admin.post("/api/connections/" + t.demo.connectionId() + "/bulk/sync", Map.of("query", "label:backfill"));
        assertThat(job.path("state").asText()).isEqualTo("RUNNING");
        String id = job.path("id").asText();

        Set<Integer> seenDone = new ConcurrentSkipListSet<>();
        JsonNode finished = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode now = admin.get("/api/bulk/" + id);
            seenDone.add(now.path("done").asInt());
            return now;
        }, now -> !now.path("state").asText().equals("RUNNING"));

        assertThat(finished.path("state").asText()).isEqualTo("DONE");
        assertThat(finished.path("total").asInt()).isEqualTo(50);
        assertThat(finished.path("done").asInt()).isEqualTo(50);
        assertThat(finished.path("failed").asInt()).isZero();
        assertThat(seenDone).contains(50);
        assertThat(admin.get("/api/bulk")).extracting(j -> j.path("id").asText()).contains(id);
        for (String number : numbers) assertThat(t.jiraTwinOf(number)).isPresent();
        t.awaitQuiet();
        assertThat(t.jira.keys()).hasSize(50);
    }

    @Test
    void bulkConnectOfFiveExistingPairsCreatesNoDuplicateAndBulkUnsyncStopsThem() {
        setTriggers(t.githubNode(), "label:never-matches");
        setTriggers(t.jiraNode(), "labels = never-matches");
        List<String> keys = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            keys.add(t.jira.create("Pair " + i, "the Jira side of pair " + i, "Medium"));
            numbers.add(t.github.create("Old title " + i, "the GitHub side of pair " + i));
        }
        t.awaitQuiet();
        assertThat(t.jira.keys()).hasSize(5);
        assertThat(t.github.numbers()).hasSize(5);

        List<Map<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < 5; i++) pairs.add(Map.of("local", keys.get(i), "remote", numbers.get(i)));
        RestClient admin = Topology.admin(t.jiraNode());
        String id = admin.post("/api/connections/" + t.demo.connectionId() + "/bulk/connect", Map.of("pairs", pairs)).path("id").asText();
        JsonNode finished = awaitFinished(admin, id);

        assertThat(finished.path("state").asText()).isEqualTo("DONE");
        assertThat(List.of(finished.path("total").asInt(), finished.path("done").asInt(), finished.path("failed").asInt()))
                .containsExactly(5, 5, 0);
        t.awaitQuiet();
        assertThat(t.jira.keys()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(t.github.numbers()).containsExactlyInAnyOrderElementsOf(numbers);
        for (int i = 0; i < 5; i++) {
            assertThat(t.github.issue(numbers.get(i)).path("title").asText()).isEqualTo("Pair " + (i + 1));
            assertThat(t.jiraTwinOf(numbers.get(i))).contains(keys.get(i));
        }

        String unsync = admin.post("/api/connections/" + t.demo.connectionId() + "/bulk/unsync",
                Map.of("keys", List.of(keys.get(0), keys.get(1), "DEMO-999"))).path("id").asText();
        JsonNode unsynced = awaitFinished(admin, unsync);
        assertThat(List.of(unsynced.path("total").asInt(), unsynced.path("done").asInt(), unsynced.path("failed").asInt()))
                .containsExactly(3, 2, 1);
        assertThat(unsynced.path("message").asText()).contains("DEMO-999");
        await().atMost(Duration.ofSeconds(20)).until(() -> twin(t.githubNode(), numbers.get(0)).state() == TwinState.UNSYNCED
                && twin(t.githubNode(), numbers.get(1)).state() == TwinState.UNSYNCED);
        assertThat(twin(t.githubNode(), numbers.get(2)).state()).isEqualTo(TwinState.ACTIVE);
    }

    private JsonNode awaitFinished(RestClient admin, String jobId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> admin.get("/api/bulk/" + jobId), now -> !now.path("state").asText().equals("RUNNING"));
    }

    private JsonNode setTriggers(RunningNode node, String... queries) {
        return Topology.admin(node).put("/api/connections/" + t.demo.connectionId() + "/triggers", Map.of("triggers", List.of(queries)));
    }

    private Twin twin(RunningNode node, String localKey) {
        return node.node().database().inTransaction(tx -> tx.twins().findByLocalKey(t.demo.connectionId(), localKey)).orElseThrow();
    }
}
