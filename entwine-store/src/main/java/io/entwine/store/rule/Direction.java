package io.entwine.store.rule;

/** Which script of a connection: OUTGOING (local entity to replica) or INCOMING (replica to local changes). */
public enum Direction {
    OUTGOING,
    INCOMING
}
