package io.entwine.store.connection;

/** INVITED until the peer accepts; ACTIVE syncs; PAUSED keeps events queued but unclaimed. */
public enum ConnectionStatus {
    INVITED,
    ACTIVE,
    PAUSED
}
