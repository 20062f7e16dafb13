package io.entwine.script.compat;

import io.entwine.api.errors.EntityException;

/**
 * {@code com.exalate.api.exception.IssueTrackerException}: a script throws it to block this twin only ("parent not
 * synced yet"); it passes through the engine as the {@link EntityException} it is.
 */
public class IssueTrackerException extends EntityException {
    public IssueTrackerException(String message) { super(message); }
    public IssueTrackerException(String message, Throwable cause) { super(message, cause); }
    public IssueTrackerException(Throwable cause) { super(cause == null ? null : cause.getMessage(), cause); }
}
