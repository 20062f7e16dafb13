package io.entwine.core.bulk;

import io.entwine.store.StoreTx;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.queue.SyncEvent;
import io.entwine.store.twin.Twin;

import java.util.List;
import java.util.Optional;

/**
 * Whether one twin of a bulk job has finished: its lane holds no unfinished event, and what it sent (if anything) was
 * acknowledged by the peer. A FAILED event in its lane makes it failed (an admin resolves that error as any other).
 */
enum Settlement {
    PENDING, DONE, FAILED;

    static Settlement of(StoreTx tx, long twinId) {
        Optional<Twin> found = tx.twins().find(twinId);
        if (found.isEmpty()) return FAILED;
        List<SyncEvent> lane = tx.queue().forTwin(twinId);
        if (lane.stream().anyMatch(e -> e.status() == EventStatus.FAILED)) return FAILED;
        if (lane.stream().anyMatch(e -> e.status() != EventStatus.DONE)) return PENDING;
        Twin twin = found.get();
        boolean awaitingAck = twin.lastSentReplica() != null && twin.lastReceivedReplica() == null;
        return awaitingAck ? PENDING : DONE;
    }
}
