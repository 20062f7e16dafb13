package io.entwine.store.bulk;

/**
 * RUNNING: a worker is on it; DONE: every item finished (some may have failed); FAILED: the job itself could not go
 * on (its query was refused, say); INTERRUPTED: the node stopped while it ran - start it again to finish it.
 */
public enum BulkJobState {
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED;

    public boolean finished() {
        return this != RUNNING;
    }
}
