package io.entwine.core.conflict;

import io.entwine.model.diff.FieldConflict;

/** One conflict found by a merge and what the policy made of it. */
public record ConflictDecision(FieldConflict conflict, ConflictOutcome outcome) {
}
