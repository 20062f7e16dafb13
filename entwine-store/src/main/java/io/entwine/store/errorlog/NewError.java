package io.entwine.store.errorlog;

/**
 * An error to record. Only {@code level} and {@code message} are required; the rest locate it (connection, twin,
 * event, script line) and explain it (stack trace).
 */
public record NewError(ErrorLevel level, String connectionId, Long twinId, Long eventId, String message,
                       String scriptName, Integer scriptLine, String stackTrace) {
}
