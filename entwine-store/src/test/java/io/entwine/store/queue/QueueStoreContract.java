package io.entwine.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.entwine.store.StoreContract;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.NewError;
import io.entwine.store.errors.StoreException;
import io.entwine.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lanes, leases, retries and admin actions of the sync queue, one worker at a time. */
public abstract class QueueStoreContract extends StoreContract {
    private static final Duration LEASE = Duration.ofSeconds(30);

    private String connection;
    private long twinA;
    private long twinB;

    @BeforeEach
    void lanes() {
        connection = newConnection("c");
        twinA = newTwin(connection, "A");
        twinB = newTwin(connection, "B");
    }

    private long enqueue(long twin, String payload) {
        return tx(tx -> tx.queue().enqueue(NewEvent.of(connection, twin, EventKind.LOCAL_CHANGE, payload)));
    }

    private List<SyncEvent> claim(String owner) {
        return claim(owner, 10);
    }

    private List<SyncEvent> claim(String owner, int limit) {
        return tx(tx -> tx.queue().claim(clock.instant(), limit, owner, LEASE));
    }

    private List<Long> claimIds(String owner) {
        return claim(owner).stream().map(SyncEvent::id).toList();
    }

    private SyncEvent find(long id) {
        return tx(tx -> tx.queue().find(id)).orElseThrow();
    }

    @Test
    void enqueuesAPendingEventDueNow() {
        long id = tx(tx -> tx.queue().enqueue(new NewEvent(connection, twinA, EventKind.APPLY, "{\"k\":1}", "msg-1", null)));

        assertThat(find(id)).isEqualTo(new SyncEvent(id, connection, twinA, EventKind.APPLY, EventStatus.PENDING, "{\"k\":1}",
                "msg-1", 0, clock.instant(), null, null, null, clock.instant(), clock.instant()));
    }

    @Test
    void enqueuesABatchAndReturnsTheIdsInOrder() {
        List<Long> ids = tx(tx -> tx.queue().enqueueAll(List.of(
                NewEvent.of(connection, twinB, EventKind.SEND, "1"),
                NewEvent.of(connection, twinA, EventKind.SEND, "2"),
                NewEvent.of(connection, twinB, EventKind.SEND, "3"))));

        assertThat(ids).isSorted().hasSize(3);
        assertThat(ids.stream().map(this::find).map(SyncEvent::payload)).containsExactly("1", "2", "3");
        List<Long> none = tx(tx -> tx.queue().enqueueAll(List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void leasesClaimedEventsToTheirOwner() {
        long id = enqueue(twinA, "x");
        List<SyncEvent> claimed = claim("worker-1");

        assertThat(claimed).hasSize(1);
        SyncEvent event = claimed.get(0);
        assertThat(event.id()).isEqualTo(id);
        assertThat(event.status()).isEqualTo(EventStatus.RUNNING);
        assertThat(event.leaseOwner()).isEqualTo("worker-1");
        assertThat(event.leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
        assertThat(event.attempts()).isEqualTo(1);
        assertThat(find(id)).isEqualTo(event);
    }

    @Test
    void claimsOnlyTheHeadOfEachTwinsLane() {
        long a1 = enqueue(twinA, "a1");
        enqueue(twinA, "a2");
        long b1 = enqueue(twinB, "b1");
        enqueue(twinB, "b2");
        enqueue(twinA, "a3");

        assertThat(claimIds("w")).containsExactly(a1, b1);
        assertThat(claimIds("w")).isEmpty();
    }

    @Test
    void keepsALaterEventWaitingWhileAnEarlierOneRuns() {
        long a1 = enqueue(twinA, "a1");
        long a2 = enqueue(twinA, "a2");
        assertThat(claimIds("w")).containsExactly(a1);

        long b1 = enqueue(twinB, "b1");
        assertThat(claimIds("w")).containsExactly(b1);

        boolean completed = tx(tx -> tx.queue().complete(a1, "w"));
        assertThat(completed).isTrue();
        assertThat(claimIds("w")).containsExactly(a2);
    }

    @Test
    void keepsTheLaneBlockedWhileAnEarlierEventWaitsForItsRetry() {
        long a1 = enqueue(twinA, "a1");
        enqueue(twinA, "a2");
        claim("w");
        Instant retryAt = clock.instant().plus(Duration.ofMinutes(1));
        boolean rescheduled = tx(tx -> tx.queue().retryLater(a1, "w", retryAt, "HTTP 503 from peer"));

        assertThat(rescheduled).isTrue();
        SyncEvent waiting = find(a1);
        assertThat(waiting.status()).isEqualTo(EventStatus.PENDING);
        assertThat(waiting.nextAttemptAt()).isEqualTo(retryAt);
        assertThat(waiting.lastError()).isEqualTo("HTTP 503 from peer");
        assertThat(waiting.leaseOwner()).isNull();
        assertThat(claimIds("w")).isEmpty();

        clock.set(retryAt);
        List<SyncEvent> again = claim("w");
        assertThat(again).extracting(SyncEvent::id, SyncEvent::attempts).containsExactly(tuple(a1, 2));
    }

    @Test
    void blocksTheLaneOfAFailedEventUntilItIsRetried() {
        long a1 = enqueue(twinA, "a1");
        long a2 = enqueue(twinA, "a2");
        long b1 = enqueue(twinB, "b1");
        claim("w");
        boolean failed = tx(tx -> tx.queue().fail(a1, "w", "script error at line 3"));
        run(tx -> tx.queue().complete(b1, "w"));

        assertThat(failed).isTrue();
        assertThat(find(a1).status()).isEqualTo(EventStatus.FAILED);
        assertThat(find(a1).lastError()).isEqualTo("script error at line 3");
        assertThat(claimIds("w")).isEmpty();

        clock.advance(Duration.ofHours(1));
        boolean retried = tx(tx -> tx.queue().retry(a1));
        assertThat(retried).isTrue();
        SyncEvent pending = find(a1);
        assertThat(pending.status()).isEqualTo(EventStatus.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.nextAttemptAt()).isEqualTo(clock.instant());

        List<SyncEvent> reclaimed = claim("w");
        assertThat(reclaimed).extracting(SyncEvent::id).containsExactly(a1);
        assertThat(reclaimed.get(0).attempts()).isEqualTo(2);
        run(tx -> tx.queue().complete(a1, "w"));
        assertThat(claimIds("w")).containsExactly(a2);
    }

    @Test
    void unblocksTheLaneWhenAFailedEventIsSkipped() {
        long a1 = enqueue(twinA, "a1");
        long a2 = enqueue(twinA, "a2");
        claim("w");
        run(tx -> tx.queue().fail(a1, "w", "boom"));

        boolean skipped = tx(tx -> tx.queue().skip(a1));

        assertThat(skipped).isTrue();
        SyncEvent done = find(a1);
        assertThat(done.status()).isEqualTo(EventStatus.SKIPPED);
        assertThat(done.lastError()).isEqualTo("skipped by an administrator; last error: boom");
        assertThat(tx(tx -> tx.queue().depth()).skipped()).isEqualTo(1);
        assertThat(claimIds("w")).containsExactly(a2);
    }

    @Test
    void refusesToRetryOrSkipRunningAndDoneEvents() {
        long a1 = enqueue(twinA, "a1");
        claim("w");
        boolean retryRunning = tx(tx -> tx.queue().retry(a1));
        boolean skipRunning = tx(tx -> tx.queue().skip(a1));
        run(tx -> tx.queue().complete(a1, "w"));
        boolean retryDone = tx(tx -> tx.queue().retry(a1));
        boolean skipDone = tx(tx -> tx.queue().skip(a1));
        boolean retryUnknown = tx(tx -> tx.queue().retry(999_999L));

        assertThat(List.of(retryRunning, skipRunning, retryDone, skipDone, retryUnknown)).containsOnly(false);
        assertThat(find(a1).status()).isEqualTo(EventStatus.DONE);
    }

    @Test
    void expiringLeasesLetAnotherOwnerClaimTheRunningEventsAtOnce() {
        long a1 = enqueue(twinA, "a1");
        long b1 = enqueue(twinB, "b1");
        claim("killed");
        assertThat(claimIds("restarted")).isEmpty();

        int expired = tx(tx -> tx.queue().expireLeases(clock.instant()));

        assertThat(expired).isEqualTo(2);
        assertThat(claim("restarted")).extracting(SyncEvent::id, SyncEvent::leaseOwner, SyncEvent::attempts)
                .containsExactly(tuple(a1, "restarted", 2), tuple(b1, "restarted", 2));
        boolean lateCompletion = tx(tx -> tx.queue().complete(a1, "killed"));
        assertThat(lateCompletion).isFalse();
    }

    @Test
    void reclaimsAnEventWhoseLeaseExpiredAndIgnoresTheFormerOwner() {
        long a1 = enqueue(twinA, "a1");
        enqueue(twinA, "a2");
        claim("crashed");
        assertThat(claimIds("rescuer")).isEmpty();

        clock.advance(LEASE);
        List<SyncEvent> rescued = claim("rescuer");

        assertThat(rescued).extracting(SyncEvent::id, SyncEvent::leaseOwner, SyncEvent::attempts)
                .containsExactly(tuple(a1, "rescuer", 2));
        boolean lateCompletion = tx(tx -> tx.queue().complete(a1, "crashed"));
        assertThat(lateCompletion).isFalse();
        boolean completion = tx(tx -> tx.queue().complete(a1, "rescuer"));
        assertThat(completion).isTrue();
    }

    @Test
    void letsOnlyTheLeaseOwnerFinishAnEvent() {
        long a1 = enqueue(twinA, "a1");
        claim("owner");
        Instant later = clock.instant().plusSeconds(60);

        List<Boolean> byOthers = tx(tx -> List.of(
                tx.queue().complete(a1, "intruder"),
                tx.queue().completeAndEnqueue(a1, "intruder", List.of(NewEvent.of(connection, twinA, EventKind.SEND, "x"))),
                tx.queue().retryLater(a1, "intruder", later, "e"),
                tx.queue().fail(a1, "intruder", "e"),
                tx.queue().extendLease(a1, "intruder", later)));

        assertThat(byOthers).containsOnly(false);
        SyncEvent event = find(a1);
        assertThat(event.status()).isEqualTo(EventStatus.RUNNING);
        assertThat(event.leaseOwner()).isEqualTo("owner");
        List<SyncEvent> lane = tx(tx -> tx.queue().forTwin(twinA));
        assertThat(lane).hasSize(1);
    }

    @Test
    void keepsOtherWorkersAwayWhileTheLeaseIsExtended() {
        long a1 = enqueue(twinA, "a1");
        claim("slow");
        boolean extended = tx(tx -> tx.queue().extendLease(a1, "slow", clock.instant().plus(Duration.ofMinutes(5))));
        clock.advance(LEASE.multipliedBy(2));

        assertThat(extended).isTrue();
        assertThat(claimIds("other")).isEmpty();
        assertThat(find(a1).leaseUntil()).isEqualTo(ManualClock.DEFAULT_START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void leavesEventsOfAPausedConnectionUnclaimed() {
        String paused = newConnection("paused");
        long pausedTwin = newTwin(paused, "P");
        long pausedEvent = tx(tx -> tx.queue().enqueue(NewEvent.of(paused, pausedTwin, EventKind.SEND, "p")));
        long a1 = enqueue(twinA, "a1");
        run(tx -> tx.connections().updateStatus(paused, ConnectionStatus.PAUSED));

        assertThat(claimIds("w")).containsExactly(a1);

        run(tx -> tx.connections().updateStatus(paused, ConnectionStatus.ACTIVE));
        assertThat(claimIds("w")).containsExactly(pausedEvent);
    }

    @Test
    void holdsEveryEventOfAConnectionWithAnOpenConnectionLevelErrorUntilItIsResolved() {
        String held = newConnection("held");
        long heldTwin1 = newTwin(held, "H1");
        long heldTwin2 = newTwin(held, "H2");
        long failing = tx(tx -> tx.queue().enqueue(NewEvent.of(held, heldTwin1, EventKind.APPLY, "h1")));
        long other = tx(tx -> tx.queue().enqueue(NewEvent.of(held, heldTwin2, EventKind.APPLY, "h2")));
        long a1 = enqueue(twinA, "a1");
        assertThat(claimIds("w")).containsExactly(failing, other, a1);
        run(tx -> tx.queue().complete(other, "w"));
        run(tx -> tx.queue().complete(a1, "w"));
        run(tx -> tx.queue().fail(failing, "w", "script error"));
        long error = tx(tx -> tx.errors().record(new NewError(ErrorLevel.CONNECTION, held, heldTwin1, failing,
                "rules failed", "incoming", 3, null), clock.instant()));
        long queuedWhileHeld = tx(tx -> tx.queue().enqueue(NewEvent.of(held, heldTwin2, EventKind.APPLY, "h3")));
        long a2 = enqueue(twinA, "a2");
        run(tx -> tx.errors().record(new NewError(ErrorLevel.ENTITY, connection, twinB, null, "refused", null, null, null),
                clock.instant()));

        assertThat(claimIds("w")).as("an entity error holds nothing beyond its twin").containsExactly(a2);

        run(tx -> {
            tx.queue().retry(failing);
            tx.errors().resolve(error, clock.instant());
        });
        assertThat(claimIds("w")).containsExactly(failing, queuedWhileHeld);
    }

    @Test
    void waitsForNotBefore() {
        long delayed = tx(tx -> tx.queue().enqueue(new NewEvent(connection, twinA, EventKind.SEND, "d", null,
                clock.instant().plusSeconds(10))));
        assertThat(claimIds("w")).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(claimIds("w")).containsExactly(delayed);
    }

    @Test
    void claimsNoMoreThanTheLimitOldestFirst() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long twin = newTwin(connection, "T" + i);
            ids.add(tx(tx -> tx.queue().enqueue(NewEvent.of(connection, twin, EventKind.SEND, "x"))));
        }
        assertThat(claim("w", 2)).extracting(SyncEvent::id).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(claim("w", 2)).extracting(SyncEvent::id).containsExactlyElementsOf(ids.subList(2, 4));
        assertThat(claim("w", 2)).extracting(SyncEvent::id).containsExactlyElementsOf(ids.subList(4, 5));
    }

    @Test
    void refusesNonsenseClaims() {
        assertThatThrownBy(() -> claim("w", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim: limit must be 1..1000, was 0");
        assertThatThrownBy(() -> run(tx -> tx.queue().claim(clock.instant(), 1, "w", Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("claim: lease must be positive, was PT0S");
    }

    @Test
    void completesAndEnqueuesTheFollowUpInOneStep() {
        long a1 = enqueue(twinA, "a1");
        claim("w");
        boolean done = tx(tx -> tx.queue().completeAndEnqueue(a1, "w",
                List.of(new NewEvent(connection, twinA, EventKind.ACK_SEND, "{\"remoteKey\":\"R-1\"}", "msg-9", null))));

        assertThat(done).isTrue();
        List<SyncEvent> lane = tx(tx -> tx.queue().forTwin(twinA));
        assertThat(lane).extracting(SyncEvent::kind, SyncEvent::status)
                .containsExactly(tuple(EventKind.LOCAL_CHANGE, EventStatus.DONE),
                        tuple(EventKind.ACK_SEND, EventStatus.PENDING));
        assertThat(claim("w")).extracting(SyncEvent::messageId).containsExactly("msg-9");
    }

    @Test
    void countsEventsPerStatusOverallAndPerConnection() {
        String other = newConnection("other");
        long otherTwin = newTwin(other, "O");
        long a1 = enqueue(twinA, "a1");
        enqueue(twinA, "a2");
        long b1 = enqueue(twinB, "b1");
        run(tx -> tx.queue().enqueue(NewEvent.of(other, otherTwin, EventKind.SEND, "o")));
        claim("w");
        run(tx -> tx.queue().complete(a1, "w"));
        run(tx -> tx.queue().fail(b1, "w", "x"));

        QueueDepth all = tx(tx -> tx.queue().depth());
        QueueDepth mine = tx(tx -> tx.queue().depth(connection));
        assertThat(all).isEqualTo(new QueueDepth(1, 1, 1, 1));
        assertThat(mine).isEqualTo(new QueueDepth(1, 0, 1, 1));
        assertThat(mine.unfinished()).isEqualTo(2);
    }

    @Test
    void listsEventsByStatusOldestFirst() {
        long a1 = enqueue(twinA, "a1");
        long a2 = enqueue(twinA, "a2");
        long b1 = enqueue(twinB, "b1");
        claim("w");

        List<SyncEvent> pending = tx(tx -> tx.queue().list(EventStatus.PENDING, 10));
        List<SyncEvent> running = tx(tx -> tx.queue().list(EventStatus.RUNNING, 1));
        assertThat(pending).extracting(SyncEvent::id).containsExactly(a2);
        assertThat(running).extracting(SyncEvent::id).containsExactly(a1);
        assertThat(b1).isGreaterThan(a2);
    }

    @Test
    void deletesOnlyDoneEventsOlderThanTheCutoff() {
        long old = enqueue(twinA, "old");
        long unfinished = enqueue(twinB, "unfinished");
        claim("w");
        run(tx -> tx.queue().complete(old, "w"));
        clock.advance(Duration.ofDays(8));
        long recent = enqueue(twinA, "recent");
        claim("w");
        run(tx -> tx.queue().complete(recent, "w"));

        int deleted = tx(tx -> tx.queue().deleteDoneOlderThan(clock.instant().minus(Duration.ofDays(7))));

        assertThat(deleted).isEqualTo(1);
        Optional<SyncEvent> gone = tx(tx -> tx.queue().find(old));
        assertThat(gone).isEmpty();
        assertThat(find(unfinished).status()).isEqualTo(EventStatus.RUNNING);
        assertThat(find(recent).status()).isEqualTo(EventStatus.DONE);
    }

    @Test
    void refusesEventsForAnUnknownTwinOrAnotherConnectionsTwin() {
        String other = newConnection("other");
        assertThatThrownBy(() -> enqueue(987_654L, "x"))
                .isInstanceOf(StoreException.class).hasMessage("enqueue: twin 987654 does not exist");
        assertThatThrownBy(() -> run(tx -> tx.queue().enqueue(NewEvent.of(other, twinA, EventKind.SEND, "x"))))
                .isInstanceOf(StoreException.class)
                .hasMessage("enqueue: twin " + twinA + " belongs to connection '" + connection + "', not '" + other + "'");
    }

    @Test
    void makesASecondEnqueuerOfTheSameTwinWaitForTheFirstToCommit() throws Exception {
        CountDownLatch firstEnqueued = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = threads.submit(() -> db.inTransaction(tx -> {
                long id = tx.queue().enqueue(NewEvent.of(connection, twinA, EventKind.LOCAL_CHANGE, "first"));
                firstEnqueued.countDown();
                awaitQuietly(releaseFirst);
                return id;
            }));
            assertThat(firstEnqueued.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Long> second = threads.submit(() -> enqueue(twinA, "second"));
            long otherTwin = enqueue(twinB, "other twin is not blocked");

            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !second.isDone());
            releaseFirst.countDown();

            assertThat(second.get(10, TimeUnit.SECONDS)).isGreaterThan(first.get(10, TimeUnit.SECONDS));
            assertThat(otherTwin).isPositive();
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("latch not released within 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
