package io.entwine.core.queue;

import io.entwine.store.Database;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.SyncEvent;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs queued events one at a time on the test's thread, the way {@link SyncWorkers} runs each one (handler,
 * completion, failure recording), so tests can step through a twin's lane deterministically. Events of kinds
 * without a handler (sending to the peer) are completed as if sent, and remembered.
 */
public final class StepWorker {
    private final Database database;
    private final Map<EventKind, EventHandler> handlers;
    private final FailureRecorder failures;
    private final Clock clock;
    private final List<SyncEvent> sent = new ArrayList<>();

    public StepWorker(Database database, Map<EventKind, EventHandler> handlers, FailureRecorder failures, Clock clock) {
        this.database = database;
        this.handlers = handlers;
        this.failures = failures;
        this.clock = clock;
    }

    /** Runs the next event due within {@code ahead} from now; empty when none is due. */
    public Optional<SyncEvent> step(Duration ahead) {
        List<SyncEvent> claimed = database.inTransaction(tx -> tx.queue().claim(clock.instant().plus(ahead), 1, "step", Duration.ofMinutes(5)));
        if (claimed.isEmpty()) return Optional.empty();
        SyncEvent event = claimed.get(0);
        ClaimedEvent claim = new ClaimedEvent(event, "step");
        try {
            EventHandler handler = handlers.get(event.kind());
            if (handler == null) sent.add(event);
            else handler.handle(claim);
            if (!claim.finished()) database.useTransaction(claim::complete);
            failures.resolved(event);
        } catch (Throwable t) {
            failures.failed(event, "step", t);
        }
        return Optional.of(event);
    }

    /** Runs due events until none is left; returns how many ran. */
    public int drain() {
        return drain(Duration.ZERO);
    }

    /** Runs events due within {@code ahead} (retries waiting for their time included) until none is left. */
    public int drain(Duration ahead) {
        int ran = 0;
        while (step(ahead).isPresent()) {
            if (++ran > 200) throw new IllegalStateException("the queue does not drain: more than 200 events ran");
        }
        return ran;
    }

    /** The events completed as sent to the peer (SEND, ACK_SEND), in order. */
    public List<SyncEvent> sent() {
        return List.copyOf(sent);
    }
}
