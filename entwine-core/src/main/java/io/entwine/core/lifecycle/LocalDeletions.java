package io.entwine.core.lifecycle;

import io.entwine.api.connector.ChangedEntity;
import io.entwine.core.protocol.DeleteMessage;
import io.entwine.core.protocol.MessageTypes;
import io.entwine.store.StoreTx;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A tracker deletion of a synced entity is a sync event: the twin becomes LOCAL_DELETED and a delete message goes to
 * the peer in the twin's lane. A deletion of an entity whose twin no longer syncs sends nothing - in particular the
 * deletion this side made because the peer's entity was deleted (REMOTE_DELETED) does not travel back.
 */
public final class LocalDeletions {
    private static final Logger log = LoggerFactory.getLogger(LocalDeletions.class);

    private LocalDeletions() {
    }

    /** In the caller's transaction: marks the twin and returns the event that tells the peer, if there is one to send. */
    public static Optional<NewEvent> onDeleted(StoreTx tx, String connectionId, ChangedEntity change, Instant now) {
        Optional<Twin> found = tx.twins().findByLocalKey(connectionId, change.key());
        if (found.isEmpty()) return Optional.empty();
        Twin twin = found.get();
        if (twin.state() != TwinState.ACTIVE) {
            log.info("entity {} was deleted; its twin {} is {}, so the peer is not told", change.key(), twin.id(), twin.state());
            return Optional.empty();
        }
        tx.twins().setState(twin.id(), TwinState.LOCAL_DELETED);
        if (twin.remoteKey() == null) {
            log.info("entity {} was deleted before the peer acknowledged it; twin {} stops syncing", change.key(), twin.id());
            return Optional.empty();
        }
        log.info("entity {} was deleted{}; telling the peer (its {})", change.key(),
                change.actor() == null ? "" : " by " + change.actor(), twin.remoteKey());
        DeleteMessage message = new DeleteMessage(change.key(), change.actor(),
                change.updated() == null ? null : change.updated().toString());
        return Optional.of(new NewEvent(connectionId, twin.id(), EventKind.LIFECYCLE_SEND,
                LifecycleMessage.payload(MessageTypes.DELETE, message), UUID.randomUUID().toString(), now));
    }
}
