package io.entwine.core.conflict;

import io.entwine.api.replica.HubIssue;

import java.util.List;

/** The entity to write after the policy (a new HubIssue the caller owns) and the decision per conflict. */
public record Resolution(HubIssue target, List<ConflictDecision> decisions) {
    public Resolution {
        decisions = List.copyOf(decisions);
    }
}
