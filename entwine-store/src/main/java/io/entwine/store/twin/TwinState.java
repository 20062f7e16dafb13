package io.entwine.store.twin;

/** ACTIVE syncs; REMOTE_DELETED: the peer's entity is gone; UNSYNCED: an admin or a rule stopped syncing it. */
public enum TwinState {
    ACTIVE,
    REMOTE_DELETED,
    UNSYNCED
}
