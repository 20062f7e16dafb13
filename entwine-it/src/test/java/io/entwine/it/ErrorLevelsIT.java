package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.emulator.core.faults.Fault;
import io.entwine.script.DefaultRules;
import io.entwine.server.RunningNode;
import io.entwine.store.errorlog.ErrorFilter;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.errorlog.SyncError;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.queue.SyncEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The error levels end to end: what each one holds, and how retry and skip release it. */
class ErrorLevelsIT {
    private static final Duration SYNC = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    Topology t;

    @AfterEach
    void stop() {
        if (t != null) t.close();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static List<SyncEvent> events(RunningNode node, EventStatus status) {
        return node.node().database().inTransaction(tx -> tx.queue().list(status, 1000));
    }

    @Test
    void anEntityErrorHoldsOnlyItsTwinAndSkippingMovesItsLaneOn() {
        t = Topology.start(dataDir);
        RestClient jiraAdmin = Topology.admin(t.jiraNode());
        String refused = t.github.create("x".repeat(300), null); // Jira refuses summaries of 255 characters or more
        String fine = t.github.create("A fine issue", null);

        String fineKey = t.awaitJiraTwin(fine);
        JsonNode error = await("the entity error").atMost(SYNC).until(
                () -> list(jiraAdmin.get("/api/errors?level=ENTITY")), errors -> errors.size() == 1).get(0);
        assertThat(error.path("level").asText()).isEqualTo("ENTITY");
        assertThat(error.path("connectionId").asText()).isEqualTo(t.demo.connectionId());
        assertThat(error.path("message").asText()).contains("Summary must be less than 255 characters");
        assertThat(error.path("occurrences").asInt()).isEqualTo(1);
        assertThat(error.path("firstSeen").asText()).isNotBlank();
        long twin = error.path("twinId").asLong();
        long failedEvent = error.path("eventId").asLong();

        // a later change of the held twin waits behind the failed event; the other twin keeps syncing
        t.github.setTitle(refused, "Short enough now");
        await("the held twin's next event is queued").atMost(SYNC).until(() -> events(t.jiraNode(), EventStatus.PENDING).stream()
                .anyMatch(e -> e.twinId() == twin && e.kind() == EventKind.APPLY));
        t.github.setTitle(fine, "A fine issue, edited");
        await().atMost(SYNC).until(() -> t.jira.issue(fineKey).path("fields").path("summary").asText().equals("A fine issue, edited"));
        assertThat(t.jiraTwinOf(refused)).isEmpty();

        JsonNode skipped = jiraAdmin.post("/api/errors/" + error.path("id").asLong() + "/skip", null);

        assertThat(skipped.path("action").asText()).isEqualTo("skipped");
        assertThat(skipped.path("events").get(0).asLong()).isEqualTo(failedEvent);
        String key = t.awaitJiraTwin(refused);
        assertThat(t.jira.issue(key).path("fields").path("summary").asText()).isEqualTo("Short enough now");
        assertThat(list(jiraAdmin.get("/api/queue/events?status=SKIPPED"))).extracting(e -> e.path("id").asLong())
                .containsExactly(failedEvent);
        assertThat(jiraAdmin.get("/api/errors/" + error.path("id").asLong()).path("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void aConnectionErrorHoldsTheConnectionUntilTheRulesAreFixedAndRetriedThenDeliversInOrder() {
        t = Topology.start(dataDir);
        RunningNode github = t.githubNode();
        RestClient admin = Topology.admin(github);
        String connection = t.demo.connectionId();
        admin.put("/api/connections/" + connection + "/rules/incoming",
                Map.of("script", "// a broken publish\ndebug.error('no repository mapping for ' + replica.key)\n"));
        String first = t.jira.create("First", null, "Medium");

        JsonNode error = await("the connection error").atMost(SYNC).until(
                () -> list(admin.get("/api/errors?level=CONNECTION&connection=" + connection)), e -> e.size() == 1).get(0);
        long errorId = error.path("id").asLong();
        JsonNode shown = admin.get("/api/errors/" + errorId);
        assertThat(shown.path("scriptLine").asInt()).isEqualTo(2);
        assertThat(shown.path("scriptName").asText()).isNotBlank();
        assertThat(shown.path("stackTrace").asText()).isNotBlank();
        assertThat(shown.path("message").asText()).contains("no repository mapping for " + first);

        // the connection is held: changes keep being queued, none is processed and no further error is raised
        t.jira.setSummary(first, "First, edited");
        String second = t.jira.create("Second", null, "Medium");
        await("both changes queued on the held connection").atMost(SYNC).until(() -> events(github, EventStatus.PENDING).stream()
                .filter(e -> e.kind() == EventKind.APPLY).count() >= 2);
        await("nothing processed").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> t.github.numbers().isEmpty());
        List<SyncError> openErrors = github.node().database().inTransaction(tx -> tx.errors().list(ErrorFilter.withStatus(ErrorStatus.OPEN), 10));
        assertThat(openErrors).extracting(SyncError::id).containsExactly(errorId);

        admin.put("/api/connections/" + connection + "/rules/incoming", Map.of("script", DefaultRules.incoming("github")));
        JsonNode retried = admin.post("/api/errors/" + errorId + "/retry", null);

        assertThat(retried.path("action").asText()).isEqualTo("retried");
        assertThat(retried.path("connectionHeld").asBoolean()).isFalse();
        String firstNumber = t.awaitGithubTwin(first);
        t.awaitGithubTwin(second);
        await().atMost(SYNC).until(() -> t.github.issue(firstNumber).path("title").asText().equals("First, edited"));
        t.awaitQuiet();
        assertThat(t.github.numbers()).hasSize(2);
        assertThat(t.github.issue(firstNumber).path("title").asText()).isEqualTo("First, edited");
    }

    @Test
    void aTrackerOutageIsRetriedWithGrowingDelaysWithoutAnAdminAndRecovers() {
        t = Topology.start(dataDir);
        RunningNode github = t.githubNode();
        t.demo.github().faults().scope(r -> !r.method().equals("GET")).withProbability(1.0, Fault.serverError(503));
        String key = t.jira.create("During the outage", null, "Medium");

        Map<Integer, Duration> delays = new TreeMap<>();
        await("three attempts of the apply").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() -> {
            for (SyncEvent e : events(github, EventStatus.PENDING)) {
                if (e.kind() == EventKind.APPLY && e.attempts() > 0) {
                    delays.putIfAbsent(e.attempts(), Duration.between(e.updatedAt(), e.nextAttemptAt()));
                }
            }
            return delays.containsKey(1) && delays.containsKey(3);
        });
        // full jitter keeps attempt n within [half, all] of 2^(n-1) seconds: attempt 3 always waits longer than attempt 1
        assertThat(delays.get(3)).isGreaterThan(delays.get(1));
        List<SyncError> open = github.node().database().inTransaction(tx -> tx.errors().list(
                new ErrorFilter(ErrorStatus.OPEN, ErrorLevel.INSTANCE, null), 10));
        assertThat(open).as("one error seen again at each attempt").singleElement()
                .satisfies(e -> assertThat(e.occurrences()).isGreaterThanOrEqualTo(3));
        assertThat(github.node().isActive()).as("nothing for an admin to do").isTrue();

        t.demo.github().faults().clear();

        // the next attempt comes when its (grown) delay is over
        await("delivered after the outage").atMost(Duration.ofSeconds(90)).until(() -> t.githubTwinOf(key).isPresent());
        await().atMost(SYNC).until(() -> github.node().database().inTransaction(tx -> tx.errors().find(open.get(0).id()))
                .orElseThrow().status() == ErrorStatus.RESOLVED);
    }
}
