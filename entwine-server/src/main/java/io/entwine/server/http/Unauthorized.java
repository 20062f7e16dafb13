package io.entwine.server.http;

import io.entwine.api.errors.SyncException;

/** Answered with 401 and {@code WWW-Authenticate: Bearer}: the call carried no admin token. */
final class Unauthorized extends SyncException {
    Unauthorized(String message) {
        super(message);
    }
}
