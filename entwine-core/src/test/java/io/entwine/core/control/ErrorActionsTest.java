package io.entwine.core.control;

import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.queue.SyncEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorActionsTest {
    private final ControlDatabase data = new ControlDatabase();
    private final AtomicInteger wakes = new AtomicInteger();
    private final ErrorActions actions = new ErrorActions(data.db, data.clock, wakes::incrementAndGet);
    private final String connection = data.connection("c", ConnectionStatus.ACTIVE);
    private final long twinA = data.twin(connection, "A");
    private final long twinB = data.twin(connection, "B");

    @AfterEach
    void close() {
        data.close();
    }

    private ErrorStatus status(long errorId) {
        return data.db.inTransaction(tx -> tx.errors().find(errorId)).orElseThrow().status();
    }

    @Test
    void retryingAConnectionErrorReleasesTheConnectionWithAllItsHeldEvents() {
        long a = data.enqueue(connection, twinA);
        long b = data.enqueue(connection, twinB);
        long errorA = data.failWithError(a, ErrorLevel.CONNECTION);
        long errorB = data.db.inTransaction(tx -> {
            tx.queue().fail(b, "w", "boom");
            return tx.errors().record(new io.entwine.store.errorlog.NewError(ErrorLevel.CONNECTION, connection, twinB, b,
                    "boom b", null, null, null), data.clock.instant());
        });
        long queuedMeanwhile = data.enqueue(connection, data.twin(connection, "C"));
        assertThat(data.claim()).as("the connection is held").isEmpty();

        ErrorOutcome outcome = actions.retry(errorA).orElseThrow();

        assertThat(outcome.action()).isEqualTo("retried");
        assertThat(outcome.events()).containsExactlyInAnyOrder(a, b);
        assertThat(outcome.resolvedErrors()).containsExactlyInAnyOrder(errorA, errorB);
        assertThat(outcome.connectionHeld()).isFalse();
        assertThat(data.claim()).extracting(SyncEvent::id).containsExactly(a, b, queuedMeanwhile);
        assertThat(wakes).hasValue(1);
    }

    @Test
    void retryingAnEntityErrorRetriesOnlyItsEvent() {
        long a = data.enqueue(connection, twinA);
        long b = data.enqueue(connection, twinB);
        long errorA = data.failWithError(a, ErrorLevel.ENTITY);
        data.db.useTransaction(tx -> tx.queue().fail(b, "w", "other"));

        ErrorOutcome outcome = actions.retry(errorA).orElseThrow();

        assertThat(outcome.events()).containsExactly(a);
        assertThat(data.event(a).status()).isEqualTo(EventStatus.PENDING);
        assertThat(data.event(b).status()).isEqualTo(EventStatus.FAILED);
        assertThat(status(errorA)).isEqualTo(ErrorStatus.RESOLVED);
    }

    @Test
    void skippingMarksTheEventSkippedAndMovesTheTwinsLaneOn() {
        long a1 = data.enqueue(connection, twinA);
        long a2 = data.enqueue(connection, twinA);
        long error = data.failWithError(a1, ErrorLevel.ENTITY);
        assertThat(data.claim()).isEmpty();

        ErrorOutcome outcome = actions.skip(error).orElseThrow();

        assertThat(outcome.action()).isEqualTo("skipped");
        assertThat(data.event(a1).status()).isEqualTo(EventStatus.SKIPPED);
        assertThat(data.event(a1).lastError()).startsWith("skipped by an administrator");
        assertThat(status(error)).isEqualTo(ErrorStatus.RESOLVED);
        assertThat(data.claim()).extracting(SyncEvent::id).containsExactly(a2);
    }

    @Test
    void skippingOneConnectionErrorLeavesTheConnectionHeldByAnother() {
        long a = data.enqueue(connection, twinA);
        long b = data.enqueue(connection, twinB);
        long errorA = data.failWithError(a, ErrorLevel.CONNECTION);
        data.db.useTransaction(tx -> {
            tx.queue().fail(b, "w", "boom");
            tx.errors().record(new io.entwine.store.errorlog.NewError(ErrorLevel.CONNECTION, connection, twinB, b, "boom b",
                    null, null, null), data.clock.instant());
        });

        ErrorOutcome outcome = actions.skip(errorA).orElseThrow();

        assertThat(outcome.connectionHeld()).isTrue();
        assertThat(data.event(a).status()).isEqualTo(EventStatus.SKIPPED);
        assertThat(data.event(b).status()).isEqualTo(EventStatus.FAILED);
    }

    @Test
    void anUnknownErrorIsEmptyAndAResolvedOneIsLeftAlone() {
        long a = data.enqueue(connection, twinA);
        long error = data.failWithError(a, ErrorLevel.ENTITY);
        actions.skip(error);

        assertThat(actions.retry(999_999)).isEmpty();
        assertThat(actions.retry(error).orElseThrow().action()).isEqualTo("none");
        assertThat(data.event(a).status()).isEqualTo(EventStatus.SKIPPED);
    }
}
