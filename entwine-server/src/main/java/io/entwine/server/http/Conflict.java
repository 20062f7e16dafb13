package io.entwine.server.http;

import io.entwine.api.errors.SyncException;

/** Answered with 409 and the message: the request contradicts the node's state. */
final class Conflict extends SyncException {
    Conflict(String message) {
        super(message);
    }
}
