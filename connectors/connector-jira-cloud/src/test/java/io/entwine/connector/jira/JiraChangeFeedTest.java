package io.entwine.connector.jira;

import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.connector.QueryPage;
import io.entwine.connector.support.Cursors;
import io.entwine.emulator.core.RecordedExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JiraChangeFeedTest {
    private final JiraFixture f = new JiraFixture();

    @AfterEach
    void close() {
        f.close();
    }

    /** One whole sweep from the cursor: all changes in order, and the cursor it ends with. */
    private record Sweep(List<ChangedEntity> changes, String cursor, int pages) {
        /** Keys in order of first report (the overlap reports some twice; the engine de-duplicates). */
        List<String> keys() {
            return changes.stream().map(ChangedEntity::key).distinct().toList();
        }
    }

    private Sweep sweep(String cursor, int pageSize) {
        List<ChangedEntity> all = new ArrayList<>();
        int pages = 0;
        while (true) {
            ChangePage page = f.connector.changesSince(cursor, pageSize);
            pages++;
            all.addAll(page.changes());
            cursor = page.nextCursor();
            if (!page.hasMore()) return new Sweep(all, cursor, pages);
            if (pages > 100) throw new AssertionError("sweep does not end");
        }
    }

    private List<String> jqlSent(long mark) {
        return f.jira.journal().since(mark).stream().filter(e -> e.path().endsWith("/search/jql"))
                .map(RecordedExchange::requestBody).map(b -> JiraFixture.parse(b).path("jql").asText()).toList();
    }

    @Test
    void firstSweepStartsAtTheBeginningAndPagesThroughTheProjectOldestFirst() {
        f.jira.addProject("OPS", "Operations");
        for (int i = 1; i <= 5; i++) {
            f.aliceCreates("issue " + i);
            f.clock.advance(Duration.ofMinutes(3));
        }
        f.started();
        long mark = f.jira.journal().mark();

        Sweep sweep = sweep(null, 2);

        assertThat(sweep.keys()).containsExactly("DEMO-1", "DEMO-2", "DEMO-3", "DEMO-4", "DEMO-5");
        assertThat(sweep.changes().get(0).updated()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(sweep.changes()).hasSizeLessThanOrEqualTo(8);
        assertThat(jqlSent(mark).get(0)).isEqualTo("project = \"DEMO\" ORDER BY updated ASC, key ASC");
    }

    @Test
    void laterSweepsReachBackTheOverlapBeforeTheWatermarkInTheUsersTimeZone() {
        f.jira.setTimeZone("demo@example.com", ZoneId.of("Europe/Berlin"));
        f.aliceCreates("a");
        f.clock.advance(Duration.ofMinutes(10));
        f.aliceCreates("b"); // updated 10:10:00 UTC = 11:10 Berlin
        f.started();
        Sweep first = sweep(null, 50);
        f.clock.advance(Duration.ofSeconds(30));
        f.aliceEdits("DEMO-1", "a again"); // 10:10:30
        long mark = f.jira.journal().mark();

        Sweep second = sweep(first.cursor(), 50);

        assertThat(jqlSent(mark)).containsExactly("project = \"DEMO\" AND updated >= \"2026-11-23 11:08\" ORDER BY updated ASC, key ASC");
        assertThat(second.keys()).containsExactly("DEMO-2", "DEMO-1");
        assertThat(second.changes().get(1).updated()).isEqualTo(Instant.parse("2026-11-23T10:10:30Z"));
    }

    @Test
    void aQuietSweepReportsOnlyTheOverlapAndKeepsTheWatermark() {
        f.aliceCreates("a");
        f.clock.advance(Duration.ofMinutes(30));
        f.aliceCreates("b");
        f.started();
        Sweep first = sweep(null, 50);

        Sweep again = sweep(first.cursor(), 50);
        Sweep andAgain = sweep(again.cursor(), 50);

        assertThat(again.keys()).containsExactly("DEMO-2");
        assertThat(andAgain.keys()).containsExactly("DEMO-2");
        assertThat(andAgain.cursor()).isEqualTo(first.cursor());
    }

    @Test
    void resumesAnInterruptedSweepFromItsCursor() {
        for (int i = 1; i <= 6; i++) {
            f.aliceCreates("issue " + i);
            f.clock.advance(Duration.ofMinutes(5));
        }
        f.started();
        ChangePage page1 = f.connector.changesSince(null, 2);
        assertThat(page1.hasMore()).isTrue();

        // the node restarts: a new connector continues from the stored cursor
        f.connector.stop();
        f.started();
        Sweep rest = sweep(page1.nextCursor(), 2);

        assertThat(page1.changes()).extracting(ChangedEntity::key).containsExactly("DEMO-1", "DEMO-2");
        assertThat(rest.keys()).startsWith("DEMO-2").contains("DEMO-3", "DEMO-4", "DEMO-5", "DEMO-6").doesNotContain("DEMO-1");
    }

    @Test
    void followsPageTokensThroughABurstOfChangesInsideOneMinute() {
        for (int i = 1; i <= 7; i++) f.aliceCreates("burst " + i); // all at 10:00:00.000-.006
        f.started();

        Sweep sweep = sweep(null, 3);

        assertThat(sweep.keys()).containsExactly("DEMO-1", "DEMO-2", "DEMO-3", "DEMO-4", "DEMO-5", "DEMO-6", "DEMO-7");
        assertThat(sweep.pages()).isEqualTo(3);
    }

    @Test
    void anIssueUpdatedDuringASweepIsNotSkipped() {
        for (int i = 1; i <= 6; i++) {
            f.aliceCreates("issue " + i);
            f.clock.advance(Duration.ofMinutes(5));
        }
        f.started();
        List<String> seen = new ArrayList<>();
        ChangePage page = f.connector.changesSince(null, 2);
        page.changes().forEach(c -> seen.add(c.key()));
        f.aliceEdits("DEMO-1", "moved to the end"); // shifts every later issue one place forward
        while (page.hasMore()) {
            page = f.connector.changesSince(page.nextCursor(), 2);
            page.changes().forEach(c -> seen.add(c.key()));
        }

        assertThat(seen).contains("DEMO-1", "DEMO-2", "DEMO-3", "DEMO-4", "DEMO-5", "DEMO-6");
        assertThat(seen.get(seen.size() - 1)).isEqualTo("DEMO-1");
    }

    @Test
    void aPageTokenJiraNoLongerAcceptsSendsTheSweepBackToTheWatermark() {
        for (int i = 1; i <= 3; i++) f.aliceCreates("issue " + i);
        f.started();
        String stale = Cursors.encode(Map.of("w", "2026-11-23T10:00:00.001Z", "t", "expired-token",
                "q", "project = \"DEMO\" ORDER BY updated ASC, key ASC"));

        Sweep sweep = sweep(stale, 10);

        assertThat(sweep.keys()).containsExactly("DEMO-1", "DEMO-2", "DEMO-3");
    }

    @Test
    void queriesWithNativeJqlPageByPage() {
        for (int i = 1; i <= 5; i++) f.aliceCreates("q" + i);
        f.started();

        QueryPage first = f.connector.query("project = DEMO ORDER BY key ASC", null, 3);
        QueryPage second = f.connector.query("project = DEMO ORDER BY key ASC", first.nextPageToken(), 3);

        assertThat(first.keys()).containsExactly("DEMO-1", "DEMO-2", "DEMO-3");
        assertThat(second.keys()).containsExactly("DEMO-4", "DEMO-5");
        assertThat(second.nextPageToken()).isNull();
    }
}
