package io.entwine.server.http;

import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.errors.SyncException;
import io.entwine.api.errors.WebhookRejectedException;
import io.entwine.core.Node;
import io.entwine.core.protocol.MalformedMessageException;
import io.entwine.model.codec.ReplicaFormatException;
import io.entwine.server.auth.AdminTokens;
import io.entwine.transport.PeerAnswers;
import io.entwine.transport.errors.MessageRejectedException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A node's HTTP server. Admin routes need an admin token (401 without one, 403 with a wrong one). Errors become
 * JSON {@code {"error": "...", "status": n, "where": "..."}} answers with a status that says whose fault it was
 * ({@code where} names the part of the request that was wrong, when one was); peer rejections use the transport's
 * answer shape so the sending node can read the reason. Before any route runs, {@link InputChecks} refuses bodies
 * over the limit (413, before reading them) and of a media type no route reads (415); behind the admin-token check,
 * JSON that is not is refused (400 with line and column) on every route but the signed ones, which check their
 * signature first.
 * Every refused request is logged once, at WARN, with the reason and never the body.
 */
public final class NodeHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NodeHttpServer.class);
    /** The default of {@code http.maxBodyBytes}: the largest request body a node reads. */
    public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;

    private final Node node;
    private final AdminTokens tokens;
    private final String host;
    private final int port;
    private final long maxBodyBytes;
    private Javalin app;

    /** {@code tokens} are checked on every {@link Route.Access#ADMIN} route; bodies up to the default limit. */
    public NodeHttpServer(Node node, AdminTokens tokens, String host, int port) {
        this(node, tokens, host, port, DEFAULT_MAX_BODY_BYTES);
    }

    /** As above, refusing request bodies larger than {@code maxBodyBytes} with 413. */
    public NodeHttpServer(Node node, AdminTokens tokens, String host, int port, long maxBodyBytes) {
        this.node = node;
        this.tokens = tokens;
        this.host = host;
        this.port = port;
        this.maxBodyBytes = maxBodyBytes;
    }

    public synchronized NodeHttpServer start() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = maxBodyBytes;
            config.routes.before(new InputChecks(maxBodyBytes));
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            AdminAuth auth = new AdminAuth(tokens);
            for (Route route : NodeRoutes.of(node, tokens)) {
                Handler handler = route.access() == Route.Access.SIGNED ? route.handler() : InputChecks.wellFormedJson(route.handler());
                if (route.access() == Route.Access.ADMIN) handler = auth.guard(handler);
                config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(), handler);
            }
            config.routes.exception(Unauthorized.class, (e, ctx) -> {
                ctx.header("WWW-Authenticate", "Bearer realm=\"" + AdminAuth.REALM + "\"");
                error(ctx, 401, e.getMessage());
            });
            config.routes.exception(Forbidden.class, (e, ctx) -> error(ctx, 403, e.getMessage()));
            config.routes.exception(Conflict.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
            config.routes.exception(RequestRejected.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.where()));
            config.routes.exception(MessageRejectedException.class, (e, ctx) -> error(ctx, e.httpStatus(), e.reason()));
            config.routes.exception(WebhookRejectedException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            config.routes.exception(EntityNotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            config.routes.exception(ConfigException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(MalformedMessageException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(ReplicaFormatException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(NumberFormatException.class, (e, ctx) -> error(ctx, 400, "not a number: " + e.getMessage()));
            config.routes.exception(SyncException.class, (e, ctx) -> {
                log.warn("request {} {} failed: {}", ctx.method(), ctx.path(), e.getMessage());
                error(ctx, 502, e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error: " + e);
            });
        }).start(host, port);
        log.info("node '{}' listening on http://{}:{}", node.identity().name(), host, app.port());
        return this;
    }

    private static void error(Context ctx, int status, String message) {
        error(ctx, status, message, null);
    }

    private static void error(Context ctx, int status, String message, String where) {
        if (status < 500) {
            // one line per refused request: what and why, never the body (it may hold issue content or secrets)
            log.warn("refused {} {} from {}: {} {}", ctx.method(), ctx.path(), ctx.ip(), status, message);
        }
        if (ctx.path().startsWith("/peer/")) {
            // peers read the transport's answer shape ({"status":"rejected","reason":...})
            ctx.status(status).contentType("application/json").result(PeerAnswers.rejected(message));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        if (where != null) body.put("where", where);
        ctx.status(status).json(body);
    }

    public int port() {
        return app.port();
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
