package io.entwine.store.errors;

/**
 * The write contradicts data already stored: a unique name or key is taken, or a trace pairs an id that is
 * already paired with another. Retrying the same write fails the same way.
 */
public class StoreConflictException extends StoreException {
    public StoreConflictException(String message) {
        super(message);
    }

    public StoreConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
