package io.entwine.connector.github;

import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.errors.ConfigException;
import io.entwine.connector.support.Cursors;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeFeedTest extends ConnectorFixture {

    /** One whole sweep from {@code cursor}: every change reported, and the cursor to continue from. */
    private record Sweep(List<ChangedEntity> changes, String cursor, int pages) {
        List<String> keys() {
            return changes.stream().map(ChangedEntity::key).toList();
        }
    }

    private Sweep sweep(String cursor, int pageSize) {
        List<ChangedEntity> changes = new ArrayList<>();
        int pages = 0;
        ChangePage page;
        do {
            page = connector.changesSince(cursor, pageSize);
            changes.addAll(page.changes());
            cursor = page.nextCursor();
            pages++;
            assertThat(pages).as("a sweep must end").isLessThan(1000);
        } while (page.hasMore());
        return new Sweep(changes, cursor, pages);
    }

    @Test
    void firstSweepReportsEveryIssueOldestChangeFirstAcrossPages() {
        for (int i = 1; i <= 7; i++) {
            issueByAlice("issue " + i);
            clock.advance(Duration.ofSeconds(10));
        }
        alice.patch(ISSUES + "/2", Human.json("body", "touched last"));

        Sweep sweep = sweep(null, 4);

        assertThat(sweep.keys()).containsSubsequence("1", "3", "4", "5", "6", "7", "2");
        assertThat(sweep.keys()).containsOnly("1", "2", "3", "4", "5", "6", "7");
        assertThat(sweep.pages()).isGreaterThan(1);
        ChangedEntity last = sweep.changes().get(sweep.changes().size() - 1);
        assertThat(last).isEqualTo(ChangedEntity.updated("2", Instant.parse("2026-11-23T10:01:10Z")));
        for (int i = 1; i < sweep.changes().size(); i++) {
            assertThat(sweep.changes().get(i).updated()).isAfterOrEqualTo(sweep.changes().get(i - 1).updated());
        }
    }

    @Test
    void resumesFromTheCursorWithTheOverlapWindowOnly() {
        issueByAlice("old");
        clock.advance(Duration.ofMinutes(10));
        issueByAlice("recent");
        Sweep first = sweep(null, 10);
        assertThat(first.keys()).containsExactly("1", "2");

        clock.advance(Duration.ofSeconds(3));
        issueByAlice("new");
        Sweep second = sweep(first.cursor(), 10);

        // "recent" (10:10:00) lies in the 5 s overlap before the newest change seen (10:10:00), "old" does not
        assertThat(second.keys()).containsExactly("2", "3");
        assertThat(github.journal().matching(e -> e.path().endsWith("/issues") && e.query() != null
                && e.query().contains("since=2026-11-23T10%3A09%3A55Z"))).isNotEmpty();

        Sweep third = sweep(second.cursor(), 10);
        assertThat(third.keys()).as("only what lies within 5 s of the newest change (10:10:03)").containsExactly("2", "3");
        Sweep quiet = sweep(third.cursor(), 10);
        assertThat(quiet.cursor()).as("no change, no drift backwards").isEqualTo(third.cursor());
    }

    @Test
    void reportsCommentOnlyChangesAsChangesOfTheirIssue() {
        issueByAlice("discussed");
        issueByAlice("other");
        long comment = alice.post(ISSUES + "/1/comments", Human.json("body", "first")).path("id").asLong();
        Sweep first = sweep(null, 10);

        clock.advance(Duration.ofMinutes(5));
        alice.patch("/repos/acme/demo/issues/comments/" + comment, Human.json("body", "edited"));
        assertThat(alice.get(ISSUES + "/1").path("updated_at").asText()).as("a comment edit leaves the issue alone")
                .isEqualTo("2026-11-23T10:00:00Z");
        Sweep second = sweep(first.cursor(), 10);

        assertThat(second.changes()).contains(ChangedEntity.updated("1", Instant.parse("2026-11-23T10:05:00Z")));
        assertThat(second.changes()).filteredOn(c -> c.key().equals("2")).as("issue 2 only as the overlap repeats it")
                .allMatch(c -> c.updated().equals(Instant.parse("2026-11-23T10:00:00Z")));
    }

    @Test
    void skipsPullRequestsAndTheirComments() {
        int pr = github.addPullRequest("acme", "demo", "A change");
        new Human(github.baseUrl(), "demo").post(ISSUES + "/" + pr + "/comments", Human.json("body", "LGTM"));
        issueByAlice("real issue");

        Sweep sweep = sweep(null, 10);

        assertThat(sweep.keys()).containsOnly(String.valueOf(pr + 1));
    }

    @Test
    void pagesThroughMoreChangesInOneSecondThanFitOnAPage() {
        for (int i = 1; i <= 9; i++) issueByAlice("same second " + i);

        Sweep sweep = sweep(null, 4);

        // moving the window up to the last second seen re-reads that second: repeats are fine, gaps are not
        assertThat(sweep.keys()).containsOnly("1", "2", "3", "4", "5", "6", "7", "8", "9")
                .contains("1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void missesNoChangeAcrossRandomEditsAndSweeps() {
        Random random = new Random(20261123L);
        Map<String, Instant> lastSeen = new java.util.HashMap<>();
        String cursor = null;
        for (int round = 0; round < 12; round++) {
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                clock.advance(Duration.ofSeconds(random.nextInt(3)));
                int existing = github.issueCount();
                if (existing == 0 || random.nextInt(4) == 0) {
                    issueByAlice("r" + round + "e" + e);
                } else {
                    String key = String.valueOf(1 + random.nextInt(existing));
                    if (random.nextBoolean()) alice.patch(ISSUES + "/" + key, Human.json("body", "r" + round + "e" + e));
                    else alice.post(ISSUES + "/" + key + "/comments", Human.json("body", "c" + round + "e" + e));
                }
            }
            Sweep sweep = sweep(cursor, 1 + random.nextInt(5));
            sweep.changes().forEach(c -> lastSeen.merge(c.key(), c.updated(), (a, b) -> a.isAfter(b) ? a : b));
            cursor = sweep.cursor();
            for (int n = 1; n <= github.issueCount(); n++) {
                Instant updated = Instant.parse(alice.get(ISSUES + "/" + n).path("updated_at").asText());
                assertThat(lastSeen.get(String.valueOf(n))).as("round %d issue %d", round, n).isEqualTo(updated);
            }
        }
    }

    @Test
    void refusesACursorItDidNotWrite() {
        assertThatThrownBy(() -> connector.changesSince("not a cursor", 10)).isInstanceOf(ConfigException.class);
        String foreign = Cursors.encode(Map.of("i.since", "yesterday"));
        assertThatThrownBy(() -> connector.changesSince(foreign, 10)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("cursor");
    }
}
