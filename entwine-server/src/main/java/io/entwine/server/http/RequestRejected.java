package io.entwine.server.http;

import io.entwine.api.errors.SyncException;

/**
 * A request refused for its form before any handler acted on it: too large (413), a media type the route does not
 * read (415), a body that is not JSON (400). {@link #where()} says which part of the request was wrong
 * ({@code "body line 3, column 7"}, {@code "header Content-Type"}); the message never quotes more of the request
 * than a short token, so it is safe to log and to send back.
 */
final class RequestRejected extends SyncException {
    private final int status;
    private final String where;

    RequestRejected(int status, String where, String message) {
        super(message);
        this.status = status;
        this.where = where;
    }

    int status() {
        return status;
    }

    /** The part of the request that was wrong, or null when the request as a whole was. */
    String where() {
        return where;
    }
}
