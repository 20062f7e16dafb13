package io.entwine.api.errors;

/**
 * Blocks one twin only: the tracker refused a write (permission, validation) or a dependency such as the
 * parent is not synced yet. Scripts throw it (as {@code IssueTrackerException}) to say the same.
 */
public class EntityException extends SyncException {
    public EntityException(String message) { super(message); }
    public EntityException(String message, Throwable cause) { super(message, cause); }
}
