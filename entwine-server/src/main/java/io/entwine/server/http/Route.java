package io.entwine.server.http;

import io.javalin.http.Handler;

/**
 * One served route: method, Javalin path pattern ({@code /api/errors/{id}}), handler, and who may call it.
 * Routes are {@link Access#ADMIN} unless they say otherwise, so a route added without thought is not left open.
 */
public record Route(String method, String path, Handler handler, Access access) {

    /** Who may call a route. */
    public enum Access {
        /** Needs a valid admin token ({@code Authorization: Bearer <token>}); checked before the handler runs. */
        ADMIN,
        /** Anyone: nothing secret, nothing changed. */
        PUBLIC,
        /** Anyone may send; the handler checks the request's signature (node messages, tracker webhooks). */
        SIGNED
    }

    /** An {@link Access#ADMIN} route. */
    public Route(String method, String path, Handler handler) {
        this(method, path, handler, Access.ADMIN);
    }
}
