package io.entwine.core.actions;

import io.entwine.api.errors.EntityException;

/**
 * A received replica names a parent whose twin has no local entity yet: the child's twin waits (entity level) and
 * its event is retried automatically once the parent is synced.
 */
public final class ParentNotSyncedException extends EntityException {
    private final String parentRef;

    public ParentNotSyncedException(String parentRef, String childRemoteKey) {
        super("parent " + parentRef + " not synced yet: remote " + childRemoteKey
                + " waits and is applied automatically once its parent is");
        this.parentRef = parentRef;
    }

    /** The other side's key or id of the parent. */
    public String parentRef() {
        return parentRef;
    }
}
