package io.entwine.server.http;

import io.entwine.api.errors.SyncException;

/** Answered with 404 and the message. */
final class NotFound extends SyncException {
    NotFound(String message) {
        super(message);
    }
}
