package io.entwine.core.outgoing;

import io.entwine.api.errors.RetriableSyncException;
import io.entwine.core.TwinContext;
import io.entwine.core.protocol.MessageTypes;
import io.entwine.core.queue.ClaimedEvent;
import io.entwine.core.queue.EventHandler;
import io.entwine.store.connection.Connection;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.SyncEvent;
import io.entwine.transport.Envelope;
import io.entwine.transport.PeerClient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * SEND and ACK_SEND: deliver a queued message to the peer. The message id was fixed when the event was
 * queued, so a retry after a lost answer is recognised by the peer as the same message.
 */
public final class MessageSender implements EventHandler {
    private final PeerClient peers;
    private final TwinContext context;
    private final Clock clock;

    public MessageSender(PeerClient peers, TwinContext context, Clock clock) {
        this.peers = peers;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void handle(ClaimedEvent claimed) {
        SyncEvent event = claimed.event();
        String type = event.kind() == EventKind.ACK_SEND ? MessageTypes.ACK : MessageTypes.REPLICA;
        deliver(event, type, event.payload().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs and delivers {@code body} as a message of {@code type} under the event's fixed message id, to the peer of
     * the event's connection. Blocking; a connection without a peer yet is a retriable failure.
     */
    public void deliver(SyncEvent event, String type, byte[] body) {
        Connection connection = context.connection(event.connectionId());
        if (connection.peerUrl() == null) {
            throw new RetriableSyncException("connection '" + connection.name() + "' has no peer yet (invitation not accepted)");
        }
        Envelope envelope = new Envelope(event.messageId(), connection.id(), type, clock.instant(), body);
        peers.send(connection.peerUrl(), envelope, connection.secret());
    }
}
