package io.entwine.core.control;

import io.entwine.api.errors.ConfigException;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionStatus;

/**
 * Pausing and resuming a connection. While PAUSED, its changes are still detected and queued and its peer's messages
 * still accepted, but none of its events is claimed; on resume they run, each twin's in order. Thread-safe; each call
 * is one transaction.
 */
public final class ConnectionPause {
    private final Database database;
    private final Runnable wake;

    /** {@code wake} tells the sync workers that events may be ready (after a resume). */
    public ConnectionPause(Database database, Runnable wake) {
        this.database = database;
        this.wake = wake;
    }

    /**
     * Pauses an ACTIVE connection (a no-op when it is paused already).
     *
     * @throws ConfigException when there is no such connection, or it is still INVITED
     */
    public Connection pause(String connectionId) {
        return move(connectionId, ConnectionStatus.ACTIVE, ConnectionStatus.PAUSED);
    }

    /** Resumes a PAUSED connection (a no-op when it is active); same failures as {@link #pause}. */
    public Connection resume(String connectionId) {
        Connection resumed = move(connectionId, ConnectionStatus.PAUSED, ConnectionStatus.ACTIVE);
        wake.run();
        return resumed;
    }

    private Connection move(String connectionId, ConnectionStatus from, ConnectionStatus to) {
        return database.inTransaction(tx -> {
            Connection connection = tx.connections().find(connectionId)
                    .orElseThrow(() -> new ConfigException("no connection '" + connectionId + "' on this node"));
            if (connection.status() == to) return connection;
            if (connection.status() != from) {
                throw new ConfigException("connection '" + connection.name() + "' is " + connection.status()
                        + "; only an ACTIVE connection can be paused and a PAUSED one resumed");
            }
            tx.connections().updateStatus(connection.id(), to);
            return tx.connections().find(connection.id()).orElseThrow();
        });
    }
}
