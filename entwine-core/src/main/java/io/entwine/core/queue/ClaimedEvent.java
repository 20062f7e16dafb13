package io.entwine.core.queue;

import io.entwine.store.StoreTx;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.queue.SyncEvent;

import java.util.List;

/** An event claimed by this worker, with the means to finish it atomically with its effects. */
public final class ClaimedEvent {
    private final SyncEvent event;
    private final String owner;
    private boolean finished;

    ClaimedEvent(SyncEvent event, String owner) {
        this.event = event;
        this.owner = owner;
    }

    public SyncEvent event() {
        return event;
    }

    /**
     * Marks the event done and enqueues its follow-ups in the caller's transaction. Throws when the claim
     * was lost (lease expired and another worker took it), which rolls the transaction back.
     */
    public void complete(StoreTx tx, List<NewEvent> followUps) {
        if (!tx.queue().complete(event.id(), owner)) {
            throw new LostClaimException("event " + event.id() + " was re-claimed by another worker; its effects are rolled back");
        }
        if (!followUps.isEmpty()) tx.queue().enqueueAll(followUps);
        finished = true;
    }

    public void complete(StoreTx tx) {
        complete(tx, List.of());
    }

    /**
     * Marks the event DONE without doing its work, with {@code reason} kept on the event so the queue shows why it
     * was skipped. Throws like {@link #complete} when the claim was lost.
     */
    public void completeSkipped(StoreTx tx, String reason) {
        if (!tx.queue().completeSkipped(event.id(), owner, reason)) {
            throw new LostClaimException("event " + event.id() + " was re-claimed by another worker; its effects are rolled back");
        }
        finished = true;
    }

    boolean finished() {
        return finished;
    }

    String owner() {
        return owner;
    }
}
