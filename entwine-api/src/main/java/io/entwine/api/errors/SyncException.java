package io.entwine.api.errors;

/** Unchecked base of every Entwine error. Messages say what happened and, where known, what happens next. */
public class SyncException extends RuntimeException {
    public SyncException(String message) { super(message); }
    public SyncException(String message, Throwable cause) { super(message, cause); }
}
