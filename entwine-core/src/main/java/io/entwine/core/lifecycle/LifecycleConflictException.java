package io.entwine.core.lifecycle;

import io.entwine.api.errors.SyncException;

/** A lifecycle request that contradicts the twin's state (unsync an unsynced twin, connect a key twinned elsewhere). */
public final class LifecycleConflictException extends SyncException {
    public LifecycleConflictException(String message) {
        super(message);
    }
}
