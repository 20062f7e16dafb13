package io.entwine.store.errors;

import io.entwine.api.errors.RetriableSyncException;

/**
 * The database could not do the work right now: no connection, lock timeout, deadlock or serialization
 * failure. The transaction was rolled back; running the same work again later may succeed.
 */
public class StoreUnavailableException extends RetriableSyncException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
