package io.entwine.core.lifecycle;

import io.entwine.core.incoming.InboxResult;
import io.entwine.core.protocol.ConnectMessage;
import io.entwine.core.protocol.DeleteMessage;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.protocol.MessageTypes;
import io.entwine.core.protocol.TwinMessage;
import io.entwine.store.Database;
import io.entwine.store.StoreTx;
import io.entwine.store.connection.Connection;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import io.entwine.transport.Envelope;
import io.entwine.transport.errors.MessageRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Receives the peer's lifecycle messages (delete, unsync, resync, connect), already verified. Each is de-duplicated by
 * message id and takes effect on the twin in the same transaction, before the peer gets its answer, so the replicas
 * the peer sends after it find the twin in its new state. Work that needs the tracker (the remote-deletion policy,
 * the replica after a resync) is queued in the twin's lane.
 */
public final class PeerLifecycleInbox {
    private static final Logger log = LoggerFactory.getLogger(PeerLifecycleInbox.class);
    /** The envelope types this inbox takes. */
    public static final Set<String> TYPES = Set.of(MessageTypes.DELETE, MessageTypes.UNSYNC, MessageTypes.RESYNC, MessageTypes.CONNECT);

    private final Database database;
    private final Clock clock;
    private final Runnable wake;

    public PeerLifecycleInbox(Database database, Clock clock, Runnable wake) {
        this.database = database;
        this.clock = clock;
        this.wake = wake;
    }

    /** Handles one lifecycle message; throws {@link MessageRejectedException} with the reason for one it cannot take. */
    public InboxResult receive(Connection connection, Envelope envelope) {
        String body = new String(envelope.body(), StandardCharsets.UTF_8);
        Instant now = clock.instant();
        InboxResult result = switch (envelope.type()) {
            case MessageTypes.DELETE -> {
                DeleteMessage message = MessageCodec.read(body, DeleteMessage.class);
                requireKey(message.sourceKey(), envelope.type());
                yield once(connection, envelope, now, tx -> deleted(tx, connection, message, body, now));
            }
            case MessageTypes.UNSYNC -> {
                TwinMessage message = MessageCodec.read(body, TwinMessage.class);
                requireKey(message.sourceKey(), envelope.type());
                yield once(connection, envelope, now, tx -> unsynced(tx, connection, message));
            }
            case MessageTypes.RESYNC -> {
                TwinMessage message = MessageCodec.read(body, TwinMessage.class);
                requireKey(message.sourceKey(), envelope.type());
                yield once(connection, envelope, now, tx -> resynced(tx, connection, message));
            }
            case MessageTypes.CONNECT -> {
                ConnectMessage message = MessageCodec.read(body, ConnectMessage.class);
                requireKey(message.sourceKey(), envelope.type());
                requireKey(message.targetKey(), envelope.type());
                yield once(connection, envelope, now, tx -> connected(tx, connection, message, now));
            }
            default -> throw new MessageRejectedException(400, "not a lifecycle message type: '" + envelope.type() + "'");
        };
        if (result == InboxResult.QUEUED) wake.run();
        return result;
    }

    private InboxResult once(Connection connection, Envelope envelope, Instant now, java.util.function.Function<StoreTx, InboxResult> work) {
        return database.inTransaction(tx -> {
            if (!tx.messages().markReceived(connection.id(), envelope.messageId(), now)) return InboxResult.DUPLICATE;
            return work.apply(tx);
        });
    }

    private static InboxResult deleted(StoreTx tx, Connection connection, DeleteMessage message, String body, Instant now) {
        Optional<Twin> found = tx.twins().findByRemoteKey(connection.id(), message.sourceKey());
        if (found.isEmpty()) {
            log.info("peer deleted {}, which is not twinned here; nothing to do", message.sourceKey());
            return InboxResult.HANDLED;
        }
        Twin twin = found.get();
        if (twin.state() == TwinState.REMOTE_DELETED || twin.state() == TwinState.LOCAL_DELETED) return InboxResult.HANDLED;
        tx.twins().setState(twin.id(), TwinState.REMOTE_DELETED);
        log.info("peer deleted {}; twin {} (local {}) is REMOTE_DELETED", message.sourceKey(), twin.id(), twin.localKey());
        tx.queue().enqueue(new NewEvent(connection.id(), twin.id(), EventKind.REMOTE_DELETE, body, null, now));
        return InboxResult.QUEUED;
    }

    private static InboxResult unsynced(StoreTx tx, Connection connection, TwinMessage message) {
        Optional<Twin> twin = tx.twins().findByRemoteKey(connection.id(), message.sourceKey());
        if (twin.isEmpty() || twin.get().state() != TwinState.ACTIVE) return InboxResult.HANDLED;
        tx.twins().setState(twin.get().id(), TwinState.UNSYNCED);
        log.info("peer unsynced {}; twin {} (local {}) is UNSYNCED", message.sourceKey(), twin.get().id(), twin.get().localKey());
        return InboxResult.HANDLED;
    }

    /** Syncs again and queues a local change, so what changed here while unsynced travels too. */
    private static InboxResult resynced(StoreTx tx, Connection connection, TwinMessage message) {
        Optional<Twin> twin = tx.twins().findByRemoteKey(connection.id(), message.sourceKey());
        if (twin.isEmpty() || twin.get().state() != TwinState.UNSYNCED) return InboxResult.HANDLED;
        tx.twins().setState(twin.get().id(), TwinState.ACTIVE);
        log.info("peer re-synced {}; twin {} (local {}) is ACTIVE again", message.sourceKey(), twin.get().id(), twin.get().localKey());
        if (twin.get().localKey() == null) return InboxResult.HANDLED;
        tx.queue().enqueue(TwinLifecycle.localChange(twin.get(), "RESYNC"));
        return InboxResult.QUEUED;
    }

    private static InboxResult connected(StoreTx tx, Connection connection, ConnectMessage message, Instant now) {
        Optional<Twin> byLocal = tx.twins().findByLocalKey(connection.id(), message.targetKey());
        Optional<Twin> byRemote = tx.twins().findByRemoteKey(connection.id(), message.sourceKey());
        if (byLocal.isPresent() && byLocal.get().remoteKey() != null && !byLocal.get().remoteKey().equals(message.sourceKey())) {
            throw new MessageRejectedException(409, message.targetKey() + " is already twinned with " + byLocal.get().remoteKey()
                    + " on connection " + connection.id());
        }
        if (byRemote.isPresent() && byRemote.get().localKey() != null && !byRemote.get().localKey().equals(message.targetKey())) {
            throw new MessageRejectedException(409, "remote " + message.sourceKey() + " is already twinned with "
                    + byRemote.get().localKey() + " on connection " + connection.id());
        }
        if (byRemote.isPresent() && byRemote.get().localKey() == null) {
            if (byLocal.isPresent()) {
                throw new MessageRejectedException(409, message.targetKey() + " and remote " + message.sourceKey()
                        + " are in two different twins on connection " + connection.id());
            }
            tx.twins().setLocalKey(byRemote.get().id(), message.targetKey());
        } else if (byRemote.isEmpty()) {
            Twin twin = byLocal.orElseGet(() -> tx.twins().getOrCreateByLocalKey(connection.id(), message.targetKey(), now));
            tx.twins().setRemote(twin.id(), message.sourceKey(), message.sourceUrl());
        }
        log.info("peer connected its {} with {} here", message.sourceKey(), message.targetKey());
        return InboxResult.HANDLED;
    }

    private static void requireKey(String key, String type) {
        if (key == null || key.isBlank()) throw new MessageRejectedException(400, type + " message needs its key");
    }
}
