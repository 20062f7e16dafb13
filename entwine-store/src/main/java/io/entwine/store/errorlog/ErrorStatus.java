package io.entwine.store.errorlog;

/** OPEN until an admin (or the engine, after a successful retry) resolves it. */
public enum ErrorStatus {
    OPEN,
    RESOLVED
}
