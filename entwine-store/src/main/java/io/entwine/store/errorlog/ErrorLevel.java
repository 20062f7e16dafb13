package io.entwine.store.errorlog;

/** What waits until the error is resolved (DESIGN.md, Errors): one twin, a connection, nothing (retried), the node. */
public enum ErrorLevel {
    ENTITY,
    CONNECTION,
    INSTANCE,
    NODE
}
