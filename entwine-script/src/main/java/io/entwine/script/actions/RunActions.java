package io.entwine.script.actions;

import java.util.List;

/**
 * What a run asked the engine to do after applying it. Immutable.
 *
 * @param syncBack     {@code syncHelper.syncBackAfterProcessing()}: send this entity back once the incoming run is
 *                     applied (to return the created key, for example)
 * @param unsync       {@code syncHelper.unExalateAfterProcessing()}: stop syncing this twin afterwards
 * @param exalate      {@code syncHelper.exalate(key)}: local entities (by key, or id when the key is unknown) to bring
 *                     under sync on this connection, in order
 * @param transitions  {@code workflowHelper.transition(...)}: workflow transitions to run, in order, after the field
 *                     writes
 * @param traces       sub-object traces the script added to {@code traces} (it wrote those sub-objects itself)
 * @param connectTo    the existing local entity to twin with instead of creating one (an incoming script on first
 *                     sync returned it, alone or in a {@code scala.Tuple2}); null otherwise
 * @param stored       the entity {@code store(issue)} created or wrote during the run; null when not called
 */
public record RunActions(boolean syncBack, boolean unsync, List<String> exalate, List<TransitionRequest> transitions,
                         List<Trace> traces, EntityKey connectTo, StoredEntity stored) {

    public static final RunActions NONE = new RunActions(false, false, List.of(), List.of(), List.of(), null, null);

    public RunActions {
        exalate = List.copyOf(exalate);
        transitions = List.copyOf(transitions);
        traces = List.copyOf(traces);
    }

    /** True when the run asked for nothing. */
    public boolean isEmpty() {
        return !syncBack && !unsync && exalate.isEmpty() && transitions.isEmpty() && traces.isEmpty() && connectTo == null
                && stored == null;
    }
}
