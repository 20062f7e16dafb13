package io.entwine.store.conflict;

import java.time.Instant;

/**
 * One recorded conflict. Values are text (JSON) for admins; {@code outcome} is how the policy settled it when found
 * ({@code REMOTE_APPLIED}, {@code LOCAL_KEPT}, {@code RAISED}); {@code status} is {@code OPEN} (raised, the field is
 * blocked) or {@code RESOLVED}; {@code resolution} is {@code local} or {@code remote} for an admin's decision, else null.
 */
public record FieldConflictRecord(long id, String connectionId, long twinId, String field, String localValue, String baseValue,
                                  String remoteValue, String policy, String outcome, String status, String resolution,
                                  Instant foundAt, Instant resolvedAt) {
    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";

    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
