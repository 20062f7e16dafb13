package io.entwine.store.twin;

/**
 * ACTIVE syncs; REMOTE_DELETED: the peer's entity is gone; LOCAL_DELETED: this side's entity is gone (the peer was
 * told); UNSYNCED: an admin or a rule stopped syncing it. Only ACTIVE twins sync; events of the others are skipped.
 */
public enum TwinState {
    ACTIVE,
    REMOTE_DELETED,
    LOCAL_DELETED,
    UNSYNCED
}
