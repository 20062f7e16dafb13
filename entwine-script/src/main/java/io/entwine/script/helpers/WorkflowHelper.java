package io.entwine.script.helpers;

import io.entwine.api.replica.HubUser;
import io.entwine.script.actions.TransitionRequest;
import io.entwine.script.actions.ActionRecorder;

/**
 * {@code workflowHelper.transition(issue, transitionName[, executor])}: asks the engine to run that workflow
 * transition after the field writes (recorded in the run's actions; nothing is sent during the run). To reach a
 * status by name instead, set {@code issue.status}: the connector finds the shortest path. One per run.
 */
public class WorkflowHelper {
    private final ActionRecorder actions;

    public WorkflowHelper(ActionRecorder actions) {
        this.actions = actions;
    }

    public void transition(Object issue, String transitionName) {
        transition(issue, transitionName, null);
    }

    /** @param executor the user to run the transition as (a user, an e-mail or an account id); null: the sync account */
    public void transition(Object issue, String transitionName, Object executor) {
        Entities.issue(issue, "workflowHelper.transition");
        if (transitionName == null || transitionName.isBlank()) {
            throw new IllegalArgumentException("workflowHelper.transition needs the name of a transition");
        }
        actions.transition(new TransitionRequest(transitionName, HubUser.from(executor)));
    }
}
