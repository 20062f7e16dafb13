package io.entwine.store.notification;

import io.entwine.store.errorlog.ErrorLevel;
import java.time.Instant;

/**
 * A due error as a digest shows it: the error log's fields (without the stack trace), the connection's name and the
 * twin's local and remote key (null where unknown), and when admins were last told about it (null: never).
 */
public record DueError(long id, ErrorLevel level, String connectionId, String connectionName, Long twinId, String localKey,
                       String remoteKey, Long eventId, String message, String scriptName, Integer scriptLine,
                       int occurrences, Instant firstSeen, Instant lastSeen, Instant notifiedAt) {

    /** True when admins have never been told about this error. */
    public boolean isNew() {
        return notifiedAt == null;
    }
}
