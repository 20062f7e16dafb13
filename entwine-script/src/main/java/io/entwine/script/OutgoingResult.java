package io.entwine.script;

import io.entwine.api.replica.HubIssue;

/**
 * Result of an outgoing run.
 *
 * @param replica the replica as the script filled it; when {@link HubIssue#isEmpty()} nothing is sent
 */
public record OutgoingResult(HubIssue replica) {

    /** True when the script filled nothing: there is nothing to send. */
    public boolean sendsNothing() {
        return replica.isEmpty();
    }
}
