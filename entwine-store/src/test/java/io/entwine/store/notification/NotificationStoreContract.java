package io.entwine.store.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.entwine.store.StoreContract;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.NewError;
import io.entwine.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notification state, run per backend: which errors are due, marking them, and the digests delivered. */
public abstract class NotificationStoreContract extends StoreContract {
    private static final Duration PERSIST_AFTER = Duration.ofHours(1);
    private static final Duration REMIND_EVERY = Duration.ofHours(24);

    @BeforeEach
    void forgetDeliveredDigests() {
        run(tx -> tx.notifications().forgetDigestsSentUntil(Instant.parse("9999-01-01T00:00:00Z")));
    }

    @Test
    void reportsANewErrorUntilItIsMarkedNotified() {
        String connection = newConnection("jira-github");
        long id = record(new NewError(ErrorLevel.ENTITY, connection, null, 7L, "field 'priority' refused", null, null, "trace"));

        DueCriteria due = dueNow();
        List<DueGroup> groups = dueGroups(due);
        assertThat(groups).containsExactly(new DueGroup(ErrorLevel.ENTITY, connection, "jira-github", 1, 1, 1,
                ManualClock.DEFAULT_START, ManualClock.DEFAULT_START));

        int marked = tx(tx -> tx.notifications().markNotified(due, clock.instant()));
        assertThat(marked).isEqualTo(1);
        assertThat(dueGroups(dueNow())).isEmpty();
        assertThat(dueErrors(dueNow(), ErrorLevel.ENTITY, connection, 10)).isEmpty();
        assertThat(id).isPositive();
    }

    @Test
    void leavesInstanceErrorsOutUntilTheyPersist() {
        record(new NewError(ErrorLevel.INSTANCE, null, null, 3L, "tracker unreachable; will be retried", null, null, null));

        assertThat(dueGroups(dueNow())).isEmpty();
        clock.advance(PERSIST_AFTER.minusSeconds(1));
        assertThat(dueGroups(dueNow())).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        List<DueGroup> groups = dueGroups(dueNow());
        assertThat(groups).extracting(DueGroup::level, DueGroup::newErrors).containsExactly(tuple(ErrorLevel.INSTANCE, 1L));
    }

    @Test
    void remindsOfAPersistingErrorOnceItPersistsAndThenOncePerReminderPeriod() {
        record(new NewError(ErrorLevel.NODE, null, null, null, "defect", null, null, null));
        markAll();

        clock.advance(PERSIST_AFTER.minusSeconds(1));
        assertThat(dueCount()).as("not yet persisting").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dueCount()).as("persisting, not yet reported so").isEqualTo(1);
        List<DueError> errors = dueErrors(dueNow(), ErrorLevel.NODE, null, 10);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.isNew()).isFalse();
            assertThat(e.notifiedAt()).isEqualTo(ManualClock.DEFAULT_START);
        });
        markAll();

        clock.advance(REMIND_EVERY.minusSeconds(1));
        assertThat(dueCount()).as("reminded less than a period ago").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dueCount()).as("a period after the last reminder").isEqualTo(1);
        markAll();
        assertThat(dueCount()).isZero();
    }

    @Test
    void reportsAnErrorFirstSeenLongAgoButNeverToldAsNewAndPersistingAtOnce() {
        record(new NewError(ErrorLevel.ENTITY, null, null, null, "refused", null, null, null));
        clock.advance(Duration.ofHours(3));

        List<DueGroup> groups = dueGroups(dueNow());
        assertThat(groups).extracting(DueGroup::newErrors).containsExactly(1L);
        markAll();
        clock.advance(PERSIST_AFTER);
        assertThat(dueCount()).as("already reported while it persisted").isZero();
    }

    @Test
    void countsDueErrorsPerLevelAndConnectionAndShowsNewThenFrequentExamples() {
        String a = newConnection("a");
        String b = newConnection("b");
        for (int i = 0; i < 40; i++) record(new NewError(ErrorLevel.ENTITY, a, null, (long) i, "refused " + i, null, null, null));
        record(new NewError(ErrorLevel.ENTITY, a, null, 5L, "refused 5", null, null, null));
        record(new NewError(ErrorLevel.ENTITY, a, null, 5L, "refused 5", null, null, null));
        record(new NewError(ErrorLevel.CONNECTION, a, null, 99L, "No such property: sumary", "incoming", 12, null));
        record(new NewError(ErrorLevel.ENTITY, b, null, 1L, "refused", null, null, null));
        record(new NewError(ErrorLevel.NODE, null, null, null, "defect", null, null, null));

        List<DueGroup> groups = dueGroups(dueNow());
        assertThat(groups).extracting(DueGroup::level, DueGroup::connectionName, DueGroup::errors, DueGroup::occurrences)
                .containsExactlyInAnyOrder(
                        tuple(ErrorLevel.ENTITY, "a", 40L, 42L),
                        tuple(ErrorLevel.CONNECTION, "a", 1L, 1L),
                        tuple(ErrorLevel.ENTITY, "b", 1L, 1L),
                        tuple(ErrorLevel.NODE, null, 1L, 1L));

        List<DueError> examples = dueErrors(dueNow(), ErrorLevel.ENTITY, a, 3);
        assertThat(examples).hasSize(3);
        assertThat(examples.get(0).message()).as("the most frequent first").isEqualTo("refused 5");
        assertThat(examples.get(0).occurrences()).isEqualTo(3);
        assertThat(examples).allSatisfy(e -> assertThat(e.connectionId()).isEqualTo(a));
        List<DueError> outside = dueErrors(dueNow(), ErrorLevel.NODE, null, 3);
        assertThat(outside).extracting(DueError::message).containsExactly("defect");
        List<DueError> script = dueErrors(dueNow(), ErrorLevel.CONNECTION, a, 3);
        assertThat(script).singleElement().satisfies(e -> {
            assertThat(e.scriptName()).isEqualTo("incoming");
            assertThat(e.scriptLine()).isEqualTo(12);
            assertThat(e.eventId()).isEqualTo(99L);
        });
    }

    @Test
    void showsNewErrorsBeforeReminders() {
        record(new NewError(ErrorLevel.NODE, null, null, null, "old and frequent", null, null, null));
        record(new NewError(ErrorLevel.NODE, null, null, null, "old and frequent", null, null, null));
        markAll();
        clock.advance(PERSIST_AFTER);
        record(new NewError(ErrorLevel.NODE, null, null, null, "new", null, null, null));

        List<DueError> errors = dueErrors(dueNow(), ErrorLevel.NODE, null, 10);
        assertThat(errors).extracting(DueError::message).containsExactly("new", "old and frequent");
        List<DueGroup> groups = dueGroups(dueNow());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.errors()).isEqualTo(2);
            assertThat(g.newErrors()).isEqualTo(1);
            assertThat(g.occurrences()).isEqualTo(3);
            assertThat(g.firstSeen()).isEqualTo(ManualClock.DEFAULT_START);
            assertThat(g.lastSeen()).isEqualTo(clock.instant());
        });
    }

    @Test
    void namesTheTwinsKeysAndTheConnection() {
        String connection = newConnection("jira-github");
        long twin = tx(tx -> {
            long id = tx.twins().getOrCreateByLocalKey(connection, "DEMO-7", clock.instant()).id();
            tx.twins().setRemote(id, "12", "https://github.example/acme/demo/issues/12");
            return id;
        });
        record(new NewError(ErrorLevel.ENTITY, connection, twin, 4L, "refused", null, null, null));

        List<DueError> errors = dueErrors(dueNow(), ErrorLevel.ENTITY, connection, 10);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.connectionName()).isEqualTo("jira-github");
            assertThat(e.twinId()).isEqualTo(twin);
            assertThat(e.localKey()).isEqualTo("DEMO-7");
            assertThat(e.remoteKey()).isEqualTo("12");
            assertThat(e.isNew()).isTrue();
        });
    }

    @Test
    void leavesErrorsRecordedAfterTheCutoffAndResolvedErrorsForLater() {
        record(new NewError(ErrorLevel.NODE, null, null, null, "before", null, null, null));
        long resolved = record(new NewError(ErrorLevel.NODE, null, null, null, "resolved", null, null, null));
        run(tx -> tx.errors().resolve(resolved, clock.instant()));
        DueCriteria due = dueNow();
        record(new NewError(ErrorLevel.NODE, null, null, null, "after", null, null, null));

        assertThat(dueErrors(due, ErrorLevel.NODE, null, 10))
                .extracting(DueError::message).containsExactly("before");
        int marked = tx(tx -> tx.notifications().markNotified(due, clock.instant()));
        assertThat(marked).isEqualTo(1);
        assertThat(dueErrors(dueNow(), ErrorLevel.NODE, null, 10))
                .extracting(DueError::message).containsExactly("after");
    }

    @Test
    void countsTheDigestsDeliveredAfterAGivenTime() {
        Instant first = clock.instant();
        run(tx -> tx.notifications().recordDigest(first, 3));
        Instant second = clock.advance(Duration.ofMinutes(20));
        run(tx -> tx.notifications().recordDigest(second, 1));

        assertThat(sentAfter(first.minusSeconds(1))).containsExactly(first, second);
        assertThat(sentAfter(first)).containsExactly(second);
        int forgotten = tx(tx -> tx.notifications().forgetDigestsSentUntil(first));
        assertThat(forgotten).isEqualTo(1);
        assertThat(sentAfter(Instant.EPOCH)).containsExactly(second);
    }

    @Test
    void letsOneDigestRunAtATime() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> run(tx -> {
            tx.notifications().lockDigests();
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> run(tx -> tx.notifications().lockDigests()));
        try {
            second.get(300, TimeUnit.MILLISECONDS);
            throw new AssertionError("a second digest run took the lock while the first held it");
        } catch (TimeoutException expected) {
            // still waiting for the first run
        } finally {
            release.countDown();
        }
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("test did not release the lock");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private DueCriteria dueNow() {
        Instant now = clock.instant();
        long upTo = tx(tx -> tx.notifications().lastErrorId());
        return new DueCriteria(upTo, now.minus(PERSIST_AFTER), now.minus(REMIND_EVERY));
    }

    private List<DueGroup> dueGroups(DueCriteria due) {
        return tx(tx -> tx.notifications().dueGroups(due));
    }

    private List<DueError> dueErrors(DueCriteria due, ErrorLevel level, String connectionId, int limit) {
        return tx(tx -> tx.notifications().dueErrors(due, level, connectionId, limit));
    }

    private List<Instant> sentAfter(Instant since) {
        return tx(tx -> tx.notifications().digestsSentAfter(since));
    }

    private long dueCount() {
        return dueGroups(dueNow()).stream().mapToLong(DueGroup::errors).sum();
    }

    private void markAll() {
        DueCriteria due = dueNow();
        run(tx -> tx.notifications().markNotified(due, clock.instant()));
    }

    private long record(NewError error) {
        return tx(tx -> tx.errors().record(error, clock.instant()));
    }
}
