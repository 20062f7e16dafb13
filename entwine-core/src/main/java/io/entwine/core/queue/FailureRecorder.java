package io.entwine.core.queue;

import io.entwine.core.actions.ParentGate;
import io.entwine.core.actions.ParentNotSyncedException;
import io.entwine.store.Database;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.NewError;
import io.entwine.store.queue.SyncEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/**
 * Turns a failed event into its queue state and an admin-visible error, as the {@link ErrorClassifier}
 * decides: retried events go back to PENDING with their next attempt time, held events become FAILED
 * (their twin's lane waits; an open connection-level error also holds the rest of its connection at claim time).
 * A node-level error is passed on to the {@link NodeErrorListener}, which stops the node's sync. When an event
 * later succeeds, the errors it raised are resolved. Thread-safe; blocks on the database.
 */
public final class FailureRecorder {
    private static final Logger log = LoggerFactory.getLogger(FailureRecorder.class);

    private final Database database;
    private final ErrorClassifier classifier;
    private final Clock clock;
    private final ParentGate parents;
    private final NodeErrorListener nodeErrors;

    public FailureRecorder(Database database, ErrorClassifier classifier, Clock clock) {
        this(database, classifier, clock, NodeErrorListener.NONE);
    }

    public FailureRecorder(Database database, ErrorClassifier classifier, Clock clock, NodeErrorListener nodeErrors) {
        this.database = database;
        this.classifier = classifier;
        this.clock = clock;
        this.parents = new ParentGate(database, clock);
        this.nodeErrors = nodeErrors;
    }

    public void failed(SyncEvent event, String owner, Throwable failure) {
        Disposition d = classifier.classify(event, failure);
        if (d.action() == Disposition.Action.DROP) {
            log.info("event {} dropped by this worker: {}", event.id(), failure.getMessage());
            return;
        }
        String stack = stackTrace(failure);
        long errorId = database.inTransaction(tx -> {
            if (d.action() == Disposition.Action.RETRY) {
                tx.queue().retryLater(event.id(), owner, d.retryAt(), d.message());
            } else {
                tx.queue().fail(event.id(), owner, d.message());
            }
            return tx.errors().record(new NewError(d.level(), event.connectionId(), event.twinId(), event.id(), d.errorMessage(),
                    d.scriptName(), d.scriptLine(), stack), clock.instant());
        });
        if (d.action() == Disposition.Action.RETRY) {
            log.warn("event {} ({}) failed, retrying: {}", event.id(), event.kind(), d.message());
        } else {
            log.error("event {} ({}) held at {} level (error {}): {}", event.id(), event.kind(), d.level(), errorId, d.message());
            // the parent may have been synced while this event ran: its release found nothing held then
            if (failure instanceof ParentNotSyncedException) parents.recheck(event);
            if (d.level() == ErrorLevel.NODE) nodeErrors.nodeError(errorId, d.message());
        }
    }

    public void resolved(SyncEvent event) {
        if (event.attempts() > 1) {
            database.useTransaction(tx -> tx.errors().resolveForEvent(event.id(), clock.instant()));
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String s = out.toString();
        return s.length() > 16_000 ? s.substring(0, 16_000) : s;
    }
}
