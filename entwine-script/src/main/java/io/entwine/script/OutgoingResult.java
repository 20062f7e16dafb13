package io.entwine.script;

import io.entwine.api.replica.HubIssue;
import io.entwine.script.actions.RunActions;

/**
 * Result of an outgoing run.
 *
 * @param replica the replica as the script filled it, without comments marked local-only; when
 *                {@link HubIssue#isEmpty()} nothing is sent
 * @param actions what the script asked for besides the replica ({@code syncHelper.exalate(key)} of a parent...)
 */
public record OutgoingResult(HubIssue replica, RunActions actions) {

    public OutgoingResult {
        actions = actions == null ? RunActions.NONE : actions;
    }

    public OutgoingResult(HubIssue replica) {
        this(replica, RunActions.NONE);
    }

    /** True when the script filled nothing: there is nothing to send. */
    public boolean sendsNothing() {
        return replica.isEmpty();
    }
}
