package io.entwine.core.queue;

import io.entwine.store.errorlog.ErrorLevel;

import java.time.Instant;

/**
 * What to do with an event whose handler failed: retry it at {@code retryAt}, hold it (what waits depends on the
 * level: the twin, the connection, or the whole node), or drop the attempt because another worker owns the event
 * now. {@code message} goes on the event (it says when the next attempt is); {@code errorMessage} goes to the error
 * log and stays the same from one retry to the next, so a persisting failure is one error seen many times.
 */
public record Disposition(Action action, ErrorLevel level, Instant retryAt, String message, String errorMessage,
                          String scriptName, Integer scriptLine) {

    public enum Action { RETRY, HOLD, DROP }

    static Disposition retry(Instant at, String message, String errorMessage) {
        return new Disposition(Action.RETRY, ErrorLevel.INSTANCE, at, message, errorMessage, null, null);
    }

    static Disposition hold(ErrorLevel level, String message) {
        return new Disposition(Action.HOLD, level, null, message, message, null, null);
    }

    static Disposition holdScript(String message, String scriptName, Integer line) {
        return new Disposition(Action.HOLD, ErrorLevel.CONNECTION, null, message, message, scriptName, line);
    }

    static Disposition drop() {
        return new Disposition(Action.DROP, null, null, null, null, null, null);
    }
}
