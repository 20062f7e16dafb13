package io.entwine.script;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.replica.HubIssue;

/**
 * {@code store(issue)}: makes the local entity exist now, with what the incoming script set so far, so that later
 * lines can use its key (to link sub-tasks to it, to call {@code httpClient} on it). The engine implements it: on
 * first sync it creates the entity and records the twin's local key; afterwards it writes the changes made so far.
 *
 * <p>Called on the rule's thread, blocking on the tracker. Failures are the connector's errors
 * ({@code io.entwine.api.errors}); they end the run with that error.
 */
@FunctionalInterface
public interface EntityStore {

    /** Creates or updates the entity as {@code issue} describes it and returns its reference (key, id, URL). */
    EntityRef store(HubIssue issue);
}
