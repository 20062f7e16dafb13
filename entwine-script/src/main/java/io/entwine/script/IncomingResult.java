package io.entwine.script;

import io.entwine.api.replica.HubIssue;
import io.entwine.script.actions.RunActions;

import java.util.Objects;

/**
 * Result of an incoming run.
 *
 * @param issue   the local entity as the script left it (the same instance as the input's); sub-objects the script
 *                took from the replica ({@code issue.comments += replica.addedComments}) are already turned into
 *                local ones: a new one has no id and its {@code remoteId} set, one already mirrored carries its
 *                local id
 * @param skipped true on first sync when the script set no field at all (typically an early {@code return}) and
 *                returned no entity to connect to: the entity must not be created
 * @param actions what the script asked the engine to do besides the writes (sync back, transitions, traces,
 *                connect to an existing entity, the entity {@code store(issue)} made...)
 */
public record IncomingResult(HubIssue issue, boolean skipped, RunActions actions) {

    public IncomingResult {
        Objects.requireNonNull(issue, "issue");
        actions = actions == null ? RunActions.NONE : actions;
    }

    public IncomingResult(HubIssue issue, boolean skipped) {
        this(issue, skipped, RunActions.NONE);
    }
}
