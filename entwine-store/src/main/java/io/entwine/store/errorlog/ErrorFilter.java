package io.entwine.store.errorlog;

/**
 * Which errors to list: each part narrows the list when set, {@code null} leaves it open (a filter of three nulls
 * lists every error).
 */
public record ErrorFilter(ErrorStatus status, ErrorLevel level, String connectionId) {

    public static ErrorFilter withStatus(ErrorStatus status) {
        return new ErrorFilter(status, null, null);
    }
}
