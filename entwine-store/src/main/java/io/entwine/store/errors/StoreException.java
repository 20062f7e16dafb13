package io.entwine.store.errors;

import io.entwine.api.errors.SyncException;

/** A database call failed for a reason that retrying will not fix (bad SQL, constraint, missing row). */
public class StoreException extends SyncException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
