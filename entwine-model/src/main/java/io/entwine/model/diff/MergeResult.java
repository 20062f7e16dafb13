package io.entwine.model.diff;

import io.entwine.api.replica.HubIssue;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link FieldMerge#merge}: the merged entity (a new HubIssue the caller owns) and the fields
 * both sides changed differently, in field order, each already resolved to the remote value.
 */
public record MergeResult(HubIssue merged, List<FieldConflict> conflicts) {

    public MergeResult {
        Objects.requireNonNull(merged, "merged");
        conflicts = List.copyOf(conflicts);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
