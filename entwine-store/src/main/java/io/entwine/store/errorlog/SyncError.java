package io.entwine.store.errorlog;

import java.time.Instant;

/** An error as admins see it; {@code occurrences} counts how often the same open error was recorded. */
public record SyncError(long id, ErrorLevel level, String connectionId, Long twinId, Long eventId, String message,
                        String scriptName, Integer scriptLine, String stackTrace, Instant firstSeen, Instant lastSeen,
                        int occurrences, ErrorStatus status) {
}
