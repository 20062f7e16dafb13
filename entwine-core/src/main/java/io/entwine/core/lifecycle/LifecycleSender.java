package io.entwine.core.lifecycle;

import io.entwine.api.errors.RetriableSyncException;
import io.entwine.core.TwinContext;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.queue.ClaimedEvent;
import io.entwine.core.queue.EventHandler;
import io.entwine.store.connection.Connection;
import io.entwine.store.queue.SyncEvent;
import io.entwine.transport.Envelope;
import io.entwine.transport.PeerClient;

import java.time.Clock;

/**
 * LIFECYCLE_SEND: delivers a delete, unsync, resync or connect message to the peer, signed like every node message.
 * The message id was fixed when the event was queued, so a retry is recognised by the peer as the same message.
 * Runs in the twin's lane, so the peer sees it in order with the twin's replicas (a resync before the full replica).
 */
public final class LifecycleSender implements EventHandler {
    private final PeerClient peers;
    private final TwinContext context;
    private final Clock clock;

    public LifecycleSender(PeerClient peers, TwinContext context, Clock clock) {
        this.peers = peers;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void handle(ClaimedEvent claimed) {
        SyncEvent event = claimed.event();
        Connection connection = context.connection(event.connectionId());
        if (connection.peerUrl() == null) {
            throw new RetriableSyncException("connection '" + connection.name() + "' has no peer yet (invitation not accepted)");
        }
        LifecycleMessage message = MessageCodec.read(event.payload(), LifecycleMessage.class);
        Envelope envelope = new Envelope(event.messageId(), connection.id(), message.type(), clock.instant(),
                MessageCodec.bytes(message.body()));
        peers.send(connection.peerUrl(), envelope, connection.secret());
    }
}
