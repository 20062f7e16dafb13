package io.entwine.core.queue;

import io.entwine.api.errors.SyncException;

/** This worker's lease on an event expired and another worker claimed it: drop the work, it is done elsewhere. */
public class LostClaimException extends SyncException {
    public LostClaimException(String message) {
        super(message);
    }
}
