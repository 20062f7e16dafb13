package io.entwine.script.internal;

import groovy.lang.Closure;
import io.entwine.api.connector.EntityRef;
import io.entwine.api.replica.HubIssue;
import io.entwine.script.EntityStore;
import io.entwine.script.actions.ActionRecorder;
import io.entwine.script.actions.StoredEntity;

/**
 * {@code store(issue)}: has the engine create (or write) the local entity now and puts its key, id and URL on the
 * issue, so that later lines can use them. Bound as a closure, so scripts call it like a function. One per run.
 */
public final class StoreClosure extends Closure<Object> {
    private static final long serialVersionUID = 1L;
    private final transient HubIssue issue;
    private final transient EntityStore store;
    private final transient ActionRecorder actions;

    public StoreClosure(HubIssue issue, EntityStore store, ActionRecorder actions) {
        super(null);
        this.issue = issue;
        this.store = store;
        this.actions = actions;
    }

    /** Stores the run's entity; returns it. */
    public Object doCall(Object entity) {
        if (entity != issue) {
            throw new IllegalArgumentException("store(...) takes the local entity of this run (issue, workItem or entity)");
        }
        if (store == null) {
            throw new IllegalStateException("store(issue) cannot write in this run (a dry run has no tracker to write to)");
        }
        EntityRef ref = store.store(issue.copy());
        if (ref != null) {
            if (ref.key() != null) issue.setKey(ref.key());
            if (ref.id() != null) issue.setId(ref.id());
            if (ref.url() != null) issue.setUrl(ref.url());
        }
        actions.stored(new StoredEntity(ref, issue.copy()));
        return issue;
    }
}
