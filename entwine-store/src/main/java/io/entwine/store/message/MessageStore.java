package io.entwine.store.message;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Ids of node messages already received, per connection, so a redelivered message is processed once. Bound to one
 * transaction (get it from {@link io.entwine.store.StoreTx#messages()}); not thread-safe; blocking SQL.
 */
public final class MessageStore {
    private final Handle handle;

    public MessageStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * Records that {@code messageId} arrived on the connection; false when it was already recorded. Race-safe
     * across threads and processes: of concurrent callers exactly one gets true (a loser waits for the winner's
     * commit; if the winner rolls back, the loser records it). Record it in the same transaction that stores the
     * message's work, so a rollback forgets both.
     */
    public boolean markReceived(String connectionId, String messageId, Instant now) {
        return handle.createUpdate("INSERT INTO received_messages (connection_id, message_id, received_at)"
                        + " VALUES (:connectionId, :messageId, :now) ON CONFLICT DO NOTHING")
                .bind("connectionId", connectionId).bind("messageId", messageId).bind("now", now)
                .execute() == 1;
    }

    /** Forgets ids received before {@code before} (older than the replay window); returns how many. */
    public int deleteOlderThan(Instant before) {
        return handle.createUpdate("DELETE FROM received_messages WHERE received_at < :before")
                .bind("before", before).execute();
    }
}
