package io.entwine.server.http;

import io.javalin.http.Handler;

/** One served route: method, Javalin path pattern ({@code /api/errors/{id}}) and handler. */
public record Route(String method, String path, Handler handler) {
}
