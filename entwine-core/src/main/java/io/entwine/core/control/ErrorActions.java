package io.entwine.core.control;

import io.entwine.store.Database;
import io.entwine.store.StoreTx;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.errorlog.SyncError;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An admin's "retry" and "skip" of an error, with the rules of its level:
 * <ul>
 * <li>retry puts the error's event back in the queue, due now, and resolves the error; for a connection-level error
 *     it does so for every open connection-level error of that connection, which releases the connection (its events
 *     then run in their order);</li>
 * <li>skip marks the event SKIPPED without running it, so its twin's lane moves on, and resolves the errors of that
 *     event; the connection stays held while another connection-level error of it is open.</li>
 * </ul>
 * A node-level error's event runs once the sync is active again. Each action is one transaction; thread-safe.
 */
public final class ErrorActions {
    private final Database database;
    private final Clock clock;
    private final Runnable wake;

    /** {@code wake} tells the sync workers that events may be ready. */
    public ErrorActions(Database database, Clock clock, Runnable wake) {
        this.database = database;
        this.clock = clock;
        this.wake = wake;
    }

    /** Retries the error's event(s); empty when there is no such error. */
    public Optional<ErrorOutcome> retry(long errorId) {
        Optional<ErrorOutcome> outcome = database.inTransaction(tx -> tx.errors().find(errorId).map(error -> {
            if (error.status() == ErrorStatus.RESOLVED) return unchanged(tx, error);
            Instant now = clock.instant();
            List<SyncError> released = error.level() == ErrorLevel.CONNECTION && error.connectionId() != null
                    ? tx.errors().openOn(error.connectionId(), ErrorLevel.CONNECTION) : List.of(error);
            if (released.stream().noneMatch(e -> e.id() == error.id())) released = withFirst(error, released);
            List<Long> events = new ArrayList<>();
            List<Long> resolved = new ArrayList<>();
            for (SyncError e : released) {
                if (e.eventId() != null && tx.queue().retry(e.eventId())) events.add(e.eventId());
                if (tx.errors().resolve(e.id(), now)) resolved.add(e.id());
                if (e.eventId() != null) tx.errors().resolveForEvent(e.eventId(), now);
            }
            return new ErrorOutcome(error.id(), error.level(), "retried", events, resolved, held(tx, error));
        }));
        wake.run();
        return outcome;
    }

    /** Skips the error's event; empty when there is no such error. */
    public Optional<ErrorOutcome> skip(long errorId) {
        Optional<ErrorOutcome> outcome = database.inTransaction(tx -> tx.errors().find(errorId).map(error -> {
            if (error.status() == ErrorStatus.RESOLVED) return unchanged(tx, error);
            Instant now = clock.instant();
            List<Long> events = new ArrayList<>();
            if (error.eventId() != null && tx.queue().skip(error.eventId())) events.add(error.eventId());
            List<Long> resolved = new ArrayList<>();
            if (tx.errors().resolve(error.id(), now)) resolved.add(error.id());
            if (error.eventId() != null) tx.errors().resolveForEvent(error.eventId(), now);
            return new ErrorOutcome(error.id(), error.level(), "skipped", events, resolved, held(tx, error));
        }));
        wake.run();
        return outcome;
    }

    private static ErrorOutcome unchanged(StoreTx tx, SyncError error) {
        return new ErrorOutcome(error.id(), error.level(), "none", List.of(), List.of(), held(tx, error));
    }

    private static boolean held(StoreTx tx, SyncError error) {
        return error.connectionId() != null && !tx.errors().openOn(error.connectionId(), ErrorLevel.CONNECTION).isEmpty();
    }

    private static List<SyncError> withFirst(SyncError first, List<SyncError> rest) {
        List<SyncError> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
