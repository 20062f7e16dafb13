package io.entwine.script.actions;

import io.entwine.api.replica.HubUser;

/**
 * {@code workflowHelper.transition(issue, name[, executor])}: run the workflow transition of that name (not a
 * status name: Jira's "Start Progress" leads to "In Progress") as {@code executor} (null: the sync account).
 */
public record TransitionRequest(String transition, HubUser executor) {
}
