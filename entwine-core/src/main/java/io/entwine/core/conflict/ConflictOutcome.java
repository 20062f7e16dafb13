package io.entwine.core.conflict;

/** How one conflicting field was settled when it was found. */
public enum ConflictOutcome {
    /** The received value was written. */
    REMOTE_APPLIED,
    /** The local value was kept. */
    LOCAL_KEPT,
    /** The local value was kept and the field is blocked until an admin resolves it. */
    RAISED
}
