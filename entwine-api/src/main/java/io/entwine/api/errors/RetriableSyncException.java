package io.entwine.api.errors;

/** The operation may succeed if tried again later: tracker or peer unreachable, 5xx, timeouts. */
public class RetriableSyncException extends SyncException {
    public RetriableSyncException(String message) { super(message); }
    public RetriableSyncException(String message, Throwable cause) { super(message, cause); }
}
