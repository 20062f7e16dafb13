package io.entwine.core.lifecycle;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubStatus;
import io.entwine.core.TwinContext;
import io.entwine.core.protocol.DeleteMessage;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.queue.ClaimedEvent;
import io.entwine.core.queue.EventHandler;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.twin.Twin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * REMOTE_DELETE: the peer's entity was deleted and the twin is REMOTE_DELETED already; this applies the connection's
 * {@link RemoteDeletionPolicy} to the local entity. A tracker that cannot delete over its API (GitHub) gets the
 * final note and is closed. A local entity already gone is the outcome a deletion wants, not an error.
 */
public final class RemoteDeleteHandler implements EventHandler {
    private static final Logger log = LoggerFactory.getLogger(RemoteDeleteHandler.class);
    /** Tried in order when the tracker cannot delete: GitHub's closed state, then the usual Jira-style final one. */
    private static final String[] CLOSED_STATUSES = {"closed", "done"};

    private final Database database;
    private final TrackerConnector connector;
    private final TwinContext context;

    public RemoteDeleteHandler(Database database, TrackerConnector connector, TwinContext context) {
        this.database = database;
        this.connector = connector;
        this.context = context;
    }

    @Override
    public void handle(ClaimedEvent claimed) {
        Twin twin = context.twin(claimed.event().twinId());
        if (twin.localKey() == null) return;
        Connection connection = context.connection(claimed.event().connectionId());
        DeleteMessage message = MessageCodec.read(claimed.event().payload(), DeleteMessage.class);
        RemoteDeletionPolicy policy = database.inTransaction(tx -> DeletionPolicies.get(tx, connection.id()));
        String key = twin.localKey();
        try {
            switch (policy) {
                case NOTHING -> log.info("{}: its twin {} was deleted in {}; left as it is (policy NOTHING)", key,
                        message.sourceKey(), peer(connection));
                case NOTE -> connector.addComment(key, note(connection, message));
                case DELETE -> delete(connection, key, message);
            }
        } catch (EntityNotFoundException alreadyGone) {
            log.info("{}: already gone when applying the remote deletion (policy {})", key, policy);
        }
    }

    private void delete(Connection connection, String key, DeleteMessage message) {
        try {
            connector.delete(key);
            log.info("{}: deleted because its twin {} was deleted in {}", key, message.sourceKey(), peer(connection));
        } catch (UnsupportedOperationException cannotDelete) {
            connector.addComment(key, note(connection, message));
            Optional<HubStatus> closed = closedStatus();
            closed.ifPresent(status -> connector.transition(key, status.name()));
            log.info("{}: the {} tracker cannot delete over its API; added the note{}", key, connector.kind(),
                    closed.map(s -> " and moved it to '" + s.name() + "'").orElse(""));
        }
    }

    private Optional<HubStatus> closedStatus() {
        for (String name : CLOSED_STATUSES) {
            Optional<HubStatus> status = connector.status(name);
            if (status.isPresent()) return status;
        }
        return Optional.empty();
    }

    static HubComment note(Connection connection, DeleteMessage message) {
        StringBuilder text = new StringBuilder("Deleted in ").append(peer(connection));
        if (message.deletedBy() != null && !message.deletedBy().isBlank()) text.append(" by ").append(message.deletedBy());
        if (message.deletedAt() != null) text.append(" at ").append(message.deletedAt());
        text.append(" (was ").append(message.sourceKey()).append("). This entity no longer syncs.");
        return new HubComment(null, text.toString(), null, null, null);
    }

    private static String peer(Connection connection) {
        return connection.peerName() == null ? "the peer" : connection.peerName();
    }
}
