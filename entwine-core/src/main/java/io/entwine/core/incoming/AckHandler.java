package io.entwine.core.incoming;

import io.entwine.core.TwinContext;
import io.entwine.core.actions.ParentGate;
import io.entwine.core.protocol.AckMessage;
import io.entwine.core.protocol.CommentTrace;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.queue.ClaimedEvent;
import io.entwine.core.queue.EventHandler;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.store.Database;
import io.entwine.store.trace.Trace;
import io.entwine.store.trace.TraceKind;
import io.entwine.store.twin.Twin;

/**
 * ACK_APPLY: the peer applied our replica. Its baseline becomes our "previous" replica (the merge base
 * both sides now agree on) and the comments it created are traced to ours, so they are never taken for
 * new comments when they come back in its replicas. (The peer's key was recorded by the inbox already.)
 * Now that the twin has both keys, the twins here whose replicas name it as their parent by the peer's key are
 * released ({@link ParentGate#release}).
 */
public final class AckHandler implements EventHandler {
    private final Database database;
    private final TwinContext context;

    public AckHandler(Database database, TwinContext context) {
        this.database = database;
        this.context = context;
    }

    @Override
    public void handle(ClaimedEvent claimed) {
        Twin twin = context.twin(claimed.event().twinId());
        AckMessage ack = MessageCodec.read(claimed.event().payload(), AckMessage.class);
        String baseline = ack.baseline() == null || ack.baseline().isNull() ? null
                : ReplicaCodec.toJsonString(ReplicaCodec.fromJson(ack.baseline()));
        database.useTransaction(tx -> {
            if (baseline != null) tx.twins().setLastReceived(twin.id(), baseline);
            if (twin.localKey() != null) ParentGate.release(tx, twin.connectionId(), java.util.List.of(ack.key()));
            for (CommentTrace trace : ack.commentTraces()) {
                tx.traces().add(new Trace(twin.id(), TraceKind.COMMENT, trace.receiverId(), trace.senderId()));
            }
            for (CommentTrace trace : ack.attachmentTraces()) {
                tx.traces().add(new Trace(twin.id(), TraceKind.ATTACHMENT, trace.receiverId(), trace.senderId()));
            }
            claimed.complete(tx);
        });
    }
}
