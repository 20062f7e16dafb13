package io.entwine.store.queue;

/**
 * What a sync event asks a worker to do. Stored by name: adding kinds needs no migration; renaming one does.
 */
public enum EventKind {
    /** A local entity changed: run the outgoing rules and, if the replica differs, send it. */
    LOCAL_CHANGE,
    /** Send a replica to the peer. */
    SEND,
    /** Apply a received replica through the incoming rules. */
    APPLY,
    /** Send an acknowledgement (remote key, URL) to the peer. */
    ACK_SEND,
    /** Apply an acknowledgement received from the peer. */
    ACK_APPLY,
    /** Send a lifecycle message (delete, unsync, resync, connect) to the peer; the payload names its type. */
    LIFECYCLE_SEND,
    /** The peer's entity was deleted: apply this side's remote-deletion policy to the local entity. */
    REMOTE_DELETE
}
