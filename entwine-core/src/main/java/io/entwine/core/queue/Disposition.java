package io.entwine.core.queue;

import io.entwine.store.errorlog.ErrorLevel;

import java.time.Instant;

/**
 * What to do with an event whose handler failed: retry it at {@code retryAt}, hold it (its twin's lane
 * waits for an admin's retry or skip), or drop the attempt because another worker owns the event now.
 */
public record Disposition(Action action, ErrorLevel level, Instant retryAt, String message, String scriptName, Integer scriptLine) {

    public enum Action { RETRY, HOLD, DROP }

    static Disposition retry(Instant at, String message) {
        return new Disposition(Action.RETRY, ErrorLevel.INSTANCE, at, message, null, null);
    }

    static Disposition hold(ErrorLevel level, String message) {
        return new Disposition(Action.HOLD, level, null, message, null, null);
    }

    static Disposition holdScript(String message, String scriptName, Integer line) {
        return new Disposition(Action.HOLD, ErrorLevel.CONNECTION, null, message, scriptName, line);
    }

    static Disposition drop() {
        return new Disposition(Action.DROP, null, null, null, null, null);
    }
}
