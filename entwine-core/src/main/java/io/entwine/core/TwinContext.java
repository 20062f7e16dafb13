package io.entwine.core;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.SyncException;
import io.entwine.core.actions.StoreTwinLookup;
import io.entwine.script.RuleServices;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.twin.Twin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Look-ups every event handler needs: the twin and connection of an event, and the services its rules see. */
public final class TwinContext {
    private static final Logger rulesLog = LoggerFactory.getLogger("io.entwine.rules");

    private final Database database;
    private final TrackerConnector connector;
    private final NodeIdentity identity;

    public TwinContext(Database database, TrackerConnector connector, NodeIdentity identity) {
        this.database = database;
        this.connector = connector;
        this.identity = identity;
    }

    public Twin twin(long twinId) {
        return database.inTransaction(tx -> tx.twins().find(twinId))
                .orElseThrow(() -> new SyncException("twin " + twinId + " does not exist (removed while its events were queued)"));
    }

    public Connection connection(String connectionId) {
        return database.inTransaction(tx -> tx.connections().find(connectionId))
                .orElseThrow(() -> new ConfigException("connection " + connectionId + " does not exist on this node"));
    }

    /**
     * The services the connection's rules see: the tracker, the names, and the connection's twins for look-ups.
     * {@code store(issue)} is added per run by the apply ({@link io.entwine.core.actions.RunServices}).
     */
    public RuleServices services(Connection connection) {
        return new RuleServices(connector, connection.name(), identity.name(),
                connection.peerName() == null ? "peer" : connection.peerName(), rulesLog, null,
                new StoreTwinLookup(database, connection.id(), null), null);
    }

    public TrackerConnector connector() {
        return connector;
    }
}
