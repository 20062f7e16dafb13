package io.entwine.core.notify;

import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.notification.DueError;
import java.time.Instant;
import java.util.List;

/**
 * The due errors of one level and connection ({@code connectionId} null: outside any connection): how many, how
 * many are new, how often they occurred, when they were first and last seen, and a few {@code examples} (new ones
 * first, then the most frequent); {@link #notShown()} are left out.
 */
public record DigestGroup(ErrorLevel level, String connectionId, String connectionName, long errors, long newErrors,
                          long occurrences, Instant firstSeen, Instant lastSeen, List<DueError> examples) {

    public DigestGroup {
        examples = List.copyOf(examples);
    }

    /** How many of the group's errors the examples leave out. */
    public long notShown() {
        return errors - examples.size();
    }
}
