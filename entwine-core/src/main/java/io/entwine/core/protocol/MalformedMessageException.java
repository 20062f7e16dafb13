package io.entwine.core.protocol;

import io.entwine.api.errors.SyncException;

/** A node message body that cannot be understood; answered with 400 and never stored. */
public class MalformedMessageException extends SyncException {
    public MalformedMessageException(String message) {
        super(message);
    }
}
