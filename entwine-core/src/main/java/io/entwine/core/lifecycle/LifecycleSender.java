package io.entwine.core.lifecycle;

import io.entwine.core.outgoing.MessageSender;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.queue.ClaimedEvent;
import io.entwine.core.queue.EventHandler;
import io.entwine.store.queue.SyncEvent;

/**
 * LIFECYCLE_SEND: delivers a delete, unsync, resync or connect message to the peer, signed like every node message.
 * The message id was fixed when the event was queued, so a retry is recognised by the peer as the same message.
 * Runs in the twin's lane, so the peer sees it in order with the twin's replicas (a resync before the full replica).
 */
public final class LifecycleSender implements EventHandler {
    private final MessageSender sender;

    public LifecycleSender(MessageSender sender) {
        this.sender = sender;
    }

    @Override
    public void handle(ClaimedEvent claimed) {
        SyncEvent event = claimed.event();
        LifecycleMessage message = MessageCodec.read(event.payload(), LifecycleMessage.class);
        sender.deliver(event, message.type(), MessageCodec.bytes(message.body()));
    }
}
