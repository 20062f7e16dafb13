package io.entwine.core.lifecycle;

import io.entwine.core.queue.ClaimedEvent;
import io.entwine.store.Database;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events of a twin that no longer syncs (unsynced, or its entity deleted on either side) are not processed: they
 * are dropped with a log line and finished as skipped, so the queue shows what happened to them.
 */
public final class InactiveTwins {
    private static final Logger log = LoggerFactory.getLogger(InactiveTwins.class);

    private InactiveTwins() {
    }

    /** True (and the event finished as skipped) when {@code twin} is not ACTIVE; false when the event should run. */
    public static boolean skipped(Database database, ClaimedEvent claimed, Twin twin) {
        if (twin.state() == TwinState.ACTIVE) return false;
        String reason = "twin " + twin.id() + " (local " + twin.localKey() + ", remote " + twin.remoteKey() + ") is "
                + twin.state() + "; its " + claimed.event().kind() + " events are not processed";
        log.info("dropping event {}: {}", claimed.event().id(), reason);
        database.useTransaction(tx -> claimed.completeSkipped(tx, reason));
        return true;
    }
}
