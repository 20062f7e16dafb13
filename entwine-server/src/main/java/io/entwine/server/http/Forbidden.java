package io.entwine.server.http;

import io.entwine.api.errors.SyncException;

/** Answered with 403: the call carried an admin token that is not valid. */
final class Forbidden extends SyncException {
    Forbidden(String message) {
        super(message);
    }
}
