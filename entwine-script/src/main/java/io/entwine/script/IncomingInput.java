package io.entwine.script;

import io.entwine.api.replica.HubIssue;

import java.util.Map;
import java.util.Objects;

/**
 * Input of an incoming run.
 *
 * @param replica   what the other side sent (bound as {@code replica}); the run sets its delta views, nothing else
 * @param previous  the replica received last time for this twin; an empty replica on first sync, never null
 * @param issue     the local entity, mutated in place by the script; on first sync a blank issue with
 *                  the project pre-set
 * @param firstSync true when no local twin exists yet
 * @param issueUrl  browse URL of the remote twin
 * @param traces    the twin's sub-object traces (remote id -> local id per kind)
 * @param services  tracker, connection names, logger, twin look-ups and store
 */
public record IncomingInput(HubIssue replica, HubIssue previous, HubIssue issue, boolean firstSync, String issueUrl,
                            SubObjectTraces traces, RuleServices services) {
    public IncomingInput {
        Objects.requireNonNull(replica, "replica");
        Objects.requireNonNull(previous, "previous (pass an empty HubIssue on first sync)");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(services, "services");
        traces = traces == null ? SubObjectTraces.NONE : traces;
    }

    /** An input with comment traces only. */
    public IncomingInput(HubIssue replica, HubIssue previous, HubIssue issue, boolean firstSync, String issueUrl,
                         Map<String, String> commentTraces, RuleServices services) {
        this(replica, previous, issue, firstSync, issueUrl, SubObjectTraces.ofComments(commentTraces), services);
    }

    /** Remote comment id -> local comment id, for the comments already mirrored. */
    public Map<String, String> commentTraces() {
        return traces.comments();
    }
}
