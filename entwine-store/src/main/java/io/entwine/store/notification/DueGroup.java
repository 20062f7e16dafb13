package io.entwine.store.notification;

import io.entwine.store.errorlog.ErrorLevel;
import java.time.Instant;

/**
 * The due errors of one level and connection ({@code connectionId} null for errors outside any connection):
 * how many, how many of them admins have never been told about, how often they occurred in all, and the
 * earliest first-seen and latest last-seen time among them.
 */
public record DueGroup(ErrorLevel level, String connectionId, String connectionName, long errors, long newErrors,
                       long occurrences, Instant firstSeen, Instant lastSeen) {
}
