package io.entwine.core.queue;

import io.entwine.api.errors.ConfigException;
import io.entwine.core.actions.ParentNotSyncedException;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.errors.RateLimitedException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.script.errors.RuleException;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.queue.SyncEvent;
import io.entwine.transport.errors.PeerRejectedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one place that decides what a failure means (DESIGN.md "Errors"): transient trouble is retried with
 * backoff (instance level); a refused write or a missing dependency holds that twin (entity level); an
 * error in the connection's rules or credentials holds it at connection level; anything else is a defect
 * of Entwine (node level). Messages say what happens next.
 */
public final class ErrorClassifier {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final RetryPolicy retryPolicy;

    public ErrorClassifier(Clock clock, RetryPolicy retryPolicy) {
        this.clock = clock;
        this.retryPolicy = retryPolicy;
    }

    public Disposition classify(SyncEvent event, Throwable failure) {
        Throwable t = unwrap(failure);
        String what = describe(t);
        if (t instanceof LostClaimException) return Disposition.drop();
        if (t instanceof RateLimitedException rate) {
            Duration wait = max(rate.retryAfter(), retryPolicy.delay(event.attempts()));
            Instant at = clock.instant().plus(wait);
            return Disposition.retry(at, what + "; rate limited, will be retried at " + TIME.format(at) + " UTC",
                    what + "; rate limited, retried automatically");
        }
        if (t instanceof RetriableSyncException) {
            Instant at = clock.instant().plus(retryPolicy.delay(event.attempts()));
            return Disposition.retry(at, what + "; will be retried at " + TIME.format(at) + " UTC (attempt " + event.attempts() + ")",
                    what + "; retried automatically with growing delays");
        }
        if (t instanceof ParentNotSyncedException) {
            return Disposition.hold(ErrorLevel.ENTITY, what); // released automatically when the parent syncs
        }
        if (t instanceof EntityNotFoundException || t instanceof EntityException) {
            return Disposition.hold(ErrorLevel.ENTITY, what + "; this twin waits until the cause is fixed and an admin retries or skips the event");
        }
        if (t instanceof RuleException rule) {
            return Disposition.holdScript(what + "; the connection waits until its rules are fixed and an admin retries"
                    + " the error", rule.scriptName(), rule.line());
        }
        if (t instanceof PeerRejectedException || t instanceof ConfigException) {
            return Disposition.hold(ErrorLevel.CONNECTION, what + "; the connection waits until its settings are fixed and"
                    + " an admin retries the error");
        }
        return Disposition.hold(ErrorLevel.NODE, "unexpected failure (a defect in Entwine): " + what
                + "; the node's sync stops until an admin retries or skips the event and activates the sync again");
    }

    private static Duration max(Duration a, Duration b) {
        if (a == null) return b;
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.util.concurrent.CompletionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
