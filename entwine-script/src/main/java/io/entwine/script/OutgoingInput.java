package io.entwine.script;

import io.entwine.api.replica.HubIssue;

import java.util.Objects;

/**
 * Input of an outgoing run.
 *
 * @param issue    the local entity (bound as {@code issue}); the script should only read it
 * @param services tracker, connection names and logger
 */
public record OutgoingInput(HubIssue issue, RuleServices services) {
    public OutgoingInput {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(services, "services");
    }
}
