package io.entwine.core.control;

import io.entwine.core.queue.ErrorClassifier;
import io.entwine.core.queue.EventHandler;
import io.entwine.core.queue.FailureRecorder;
import io.entwine.core.queue.RetryPolicy;
import io.entwine.core.queue.SyncWorkers;
import io.entwine.core.queue.WorkSignal;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errorlog.ErrorFilter;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.errorlog.SyncError;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.EventStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real workers, a real queue: a defect in Entwine stops the node's sync until an admin resolves it and activates again. */
class NodeErrorStopsSyncTest {
    private final ControlDatabase data = new ControlDatabase();
    private final Set<Long> defective = ConcurrentHashMap.newKeySet();
    private final Set<Long> ran = ConcurrentHashMap.newKeySet();
    private final AtomicReference<SyncControl> control = new AtomicReference<>();
    private final EventHandler handler = claimed -> {
        if (defective.contains(claimed.event().id())) throw new NullPointerException("a defect");
        ran.add(claimed.event().id());
    };
    private final SyncWorkers workers = new SyncWorkers(data.db, Map.of(EventKind.APPLY, handler),
            new FailureRecorder(data.db, new ErrorClassifier(data.clock, RetryPolicy.defaults()), data.clock,
                    (errorId, message) -> control.get().halt(errorId, message)),
            new WorkSignal(), data.clock, 1, "test", Duration.ofMinutes(1), Duration.ofMillis(20));

    @AfterEach
    void close() {
        workers.close();
        data.close();
    }

    @Test
    void aDefectStopsTheWorkersUntilTheErrorIsRetriedAndTheSyncActivated() {
        control.set(new SyncControl(data.db, workers, () -> new SyncFingerprint("n", "d", "t", "i"), data.clock));
        String connection = data.connection("c", ConnectionStatus.ACTIVE);
        long first = data.enqueue(connection, data.twin(connection, "A"));
        long second = data.enqueue(connection, data.twin(connection, "B"));
        defective.add(first);

        control.get().startWithNode(true);

        await().atMost(Duration.ofSeconds(10)).until(() -> !control.get().isActive());
        SyncState state = control.get().state();
        List<SyncError> errors = data.db.inTransaction(tx -> tx.errors().list(ErrorFilter.withStatus(ErrorStatus.OPEN), 10));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(ErrorLevel.NODE);
            assertThat(state.haltedByError()).isEqualTo(e.id());
        });
        assertThat(data.event(second).status()).as("nothing else ran after the defect").isEqualTo(EventStatus.PENDING);
        assertThat(ran).isEmpty();

        defective.clear();
        new ErrorActions(data.db, data.clock, workers::wake).retry(errors.get(0).id());
        control.get().activate(false);

        await().atMost(Duration.ofSeconds(10)).until(() -> ran.containsAll(List.of(first, second)));
        assertThat(control.get().isActive()).isTrue();
    }
}
