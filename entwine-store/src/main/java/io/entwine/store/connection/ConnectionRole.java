package io.entwine.store.connection;

/** Which side of the invitation this node was: it generated the code, or it accepted it. */
public enum ConnectionRole {
    INVITER,
    ACCEPTOR
}
