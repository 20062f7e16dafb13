package io.entwine.core.incoming;

import io.entwine.core.connection.ConnectionService;
import io.entwine.core.lifecycle.PeerLifecycleInbox;
import io.entwine.core.protocol.AckMessage;
import io.entwine.core.protocol.HandshakeMessage;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.protocol.MessageTypes;
import io.entwine.core.protocol.ReplicaMessage;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.twin.Twin;
import io.entwine.transport.Envelope;
import io.entwine.transport.errors.MessageRejectedException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Receives verified node messages. A replica or ack is validated, de-duplicated by message id and queued
 * in one transaction before the peer gets its answer, so nothing is lost and nothing applied twice. An
 * ack records the peer's key on the twin at once, so a replica the peer sends right after it finds the
 * twin (rather than looking like a new entity).
 */
public final class PeerInbox {
    /** The longest entity key and URL the twin table keeps. */
    static final int MAX_KEY = 500;
    static final int MAX_URL = 2000;
    private final Database database;
    private final ConnectionService connections;
    private final Clock clock;
    private final Runnable wake;
    private final PeerLifecycleInbox lifecycle;

    public PeerInbox(Database database, ConnectionService connections, Clock clock, Runnable wake) {
        this.database = database;
        this.connections = connections;
        this.clock = clock;
        this.wake = wake;
        this.lifecycle = new PeerLifecycleInbox(database, clock, wake);
    }

    /** Handles a message whose signature was verified; throws {@link MessageRejectedException} with the reason otherwise. */
    public InboxResult receive(Connection connection, Envelope envelope) {
        String body = new String(envelope.body(), StandardCharsets.UTF_8);
        switch (envelope.type()) {
            case MessageTypes.HANDSHAKE -> {
                HandshakeMessage hello = MessageCodec.read(body, HandshakeMessage.class);
                if (blank(hello.invitationToken()) || blank(hello.nodeName()) || blank(hello.nodeUrl())) {
                    // found by NodeInputFuzzTest: a handshake without nodeUrl ended in a NullPointerException (500)
                    throw new MessageRejectedException(400, "handshake message needs 'invitationToken', 'nodeName' and 'nodeUrl'");
                }
                connections.handshake(connection, hello);
                return InboxResult.HANDLED;
            }
            case MessageTypes.REPLICA -> {
                requireUsable(connection);
                ReplicaMessage message = MessageCodec.read(body, ReplicaMessage.class);
                if (message.sourceKey() == null || message.sourceKey().isBlank() || message.replica() == null) {
                    throw new MessageRejectedException(400, "replica message needs 'sourceKey' and 'replica'");
                }
                fits("sourceKey", message.sourceKey(), MAX_KEY);
                fits("sourceUrl", message.sourceUrl(), MAX_URL);
                ReplicaCodec.fromJson(message.replica()); // schema check: a bad replica is refused, never stored
                return queue(connection, envelope, body, message.sourceKey(), EventKind.APPLY, null, null);
            }
            case MessageTypes.ACK -> {
                requireUsable(connection);
                AckMessage ack = MessageCodec.read(body, AckMessage.class);
                if (ack.forKey() == null || ack.key() == null) {
                    throw new MessageRejectedException(400, "ack message needs 'forKey' and 'key'");
                }
                fits("forKey", ack.forKey(), MAX_KEY);
                fits("key", ack.key(), MAX_KEY);
                fits("url", ack.url(), MAX_URL);
                return queue(connection, envelope, body, ack.forKey(), EventKind.ACK_APPLY, ack.key(), ack.url());
            }
            default -> {
                if (!PeerLifecycleInbox.TYPES.contains(envelope.type())) {
                    throw new MessageRejectedException(400, "unknown message type '" + envelope.type() + "'");
                }
                requireUsable(connection);
                return lifecycle.receive(connection, envelope);
            }
        }
    }

    private InboxResult queue(Connection connection, Envelope envelope, String body, String key, EventKind kind,
                              String ackKey, String ackUrl) {
        Instant now = clock.instant();
        InboxResult result = database.inTransaction(tx -> {
            Twin twin;
            if (kind == EventKind.ACK_APPLY) {
                Optional<Twin> found = tx.twins().findByLocalKey(connection.id(), key);
                if (found.isEmpty()) {
                    throw new MessageRejectedException(404, "ack for '" + key + "' but this node has no twin with that key on connection " + connection.id());
                }
                twin = found.get();
            } else {
                twin = tx.twins().getOrCreateByRemoteKey(connection.id(), key, now);
            }
            if (!tx.messages().markReceived(connection.id(), envelope.messageId(), now)) return InboxResult.DUPLICATE;
            if (ackKey != null) tx.twins().setRemote(twin.id(), ackKey, ackUrl);
            // a twin that no longer syncs still gets the event: its handler drops it visibly (skipped in the queue)
            tx.queue().enqueue(new NewEvent(connection.id(), twin.id(), kind, body, envelope.messageId(), now));
            return InboxResult.QUEUED;
        });
        if (result == InboxResult.QUEUED) wake.run();
        return result;
    }

    /**
     * Refuses a key or URL longer than the twin columns hold (found by NodeInputFuzzTest: a 1,591-character
     * sourceKey reached the database and came back as a 502 with the SQL error).
     */
    private static void fits(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new MessageRejectedException(400, "'" + field + "' is " + value.length() + " characters long; at most " + max + " are kept");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireUsable(Connection connection) {
        if (connection.status() != ConnectionStatus.ACTIVE && connection.status() != ConnectionStatus.PAUSED) {
            throw new MessageRejectedException(409, "connection " + connection.id() + " is " + connection.status() + "; it takes messages once the invitation is accepted");
        }
    }
}
