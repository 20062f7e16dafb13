package io.entwine.server.http;

import io.entwine.api.errors.ConfigException;
import io.entwine.core.Node;
import io.entwine.core.control.ErrorOutcome;
import io.entwine.store.errorlog.ErrorFilter;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.errorlog.SyncError;
import io.entwine.store.queue.EventStatus;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Health, twins, queue, errors (list, show, retry, skip), and polling now. Sync control is in {@link ControlRoutes}. */
final class StatusRoutes {
    private final Node node;
    private final AdminAuth auth;

    StatusRoutes(Node node, AdminAuth auth) {
        this.node = node;
        this.auth = auth;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/health", this::health, Route.Access.PUBLIC),
                new Route("GET", "/api/twins", this::twins),
                new Route("GET", "/api/queue", this::queue),
                new Route("GET", "/api/queue/events", this::events),
                new Route("GET", "/api/errors", this::errors),
                new Route("GET", "/api/errors/{id}", this::showError),
                new Route("POST", "/api/errors/{id}/retry", this::retry),
                new Route("POST", "/api/errors/{id}/skip", this::skip),
                new Route("POST", "/api/sync/poll", this::poll));
    }

    /**
     * Open to monitoring without a token: state and counts only, never a secret. Which tracker the node serves is
     * shown to admins only (a valid token), as it tells an outsider where to look next.
     */
    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("node", node.identity().name());
        body.put("publicUrl", node.identity().publicUrl());
        if (auth.isAdmin(ctx)) {
            body.put("tracker", node.trackerInfo() == null ? null : Map.of("kind", node.connector().kind(),
                    "baseUrl", node.trackerInfo().baseUrl(), "instanceId", String.valueOf(node.trackerInfo().instanceId())));
        }
        body.put("syncActive", node.isActive());
        body.put("webhookRegistered", node.webhookRegistered());
        body.put("queue", node.database().inTransaction(tx -> tx.queue().depth()));
        body.put("openErrors", node.database().inTransaction(tx -> tx.errors().countOpen()));
        ctx.json(body);
    }

    private void twins(Context ctx) {
        String connection = ctx.queryParam("connection");
        int limit = intParam(ctx, "limit", 100, 1000);
        long after = ctx.queryParam("after") == null ? 0 : Long.parseLong(ctx.queryParam("after"));
        String connectionId = connection == null ? singleConnection() : node.connections().find(connection)
                .orElseThrow(() -> new NotFound("no connection '" + connection + "' on this node")).id();
        ctx.json(node.database().inTransaction(tx -> tx.twins().list(connectionId, limit, after)).stream()
                .map(Views.TwinView::of).toList());
    }

    private void queue(Context ctx) {
        ctx.json(node.database().inTransaction(tx -> tx.queue().depth()));
    }

    private void events(Context ctx) {
        String status = ctx.queryParam("status") == null ? "FAILED" : ctx.queryParam("status").toUpperCase(Locale.ROOT);
        EventStatus s;
        try {
            s = EventStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("status must be one of PENDING, RUNNING, FAILED, DONE, SKIPPED; got '" + status + "'");
        }
        int limit = intParam(ctx, "limit", 100, 1000);
        ctx.json(node.database().inTransaction(tx -> tx.queue().list(s, limit).stream()
                .map(e -> Views.EventView.of(e, tx.queue().ruleVersion(e.id()).orElse(null))).toList()));
    }

    /** Filters: {@code status} (OPEN by default, ALL for both), {@code level}, {@code connection} (id or name). */
    private void errors(Context ctx) {
        String status = ctx.queryParam("status") == null ? "OPEN" : ctx.queryParam("status").toUpperCase(Locale.ROOT);
        ErrorStatus s = status.equals("ALL") ? null : parse(ErrorStatus.class, "status", status, "OPEN, RESOLVED or ALL");
        String level = ctx.queryParam("level");
        ErrorLevel l = level == null ? null : parse(ErrorLevel.class, "level", level.toUpperCase(Locale.ROOT),
                "ENTITY, CONNECTION, INSTANCE or NODE");
        String connection = ctx.queryParam("connection");
        String connectionId = connection == null ? null : node.connections().find(connection)
                .orElseThrow(() -> new NotFound("no connection '" + connection + "' on this node")).id();
        int limit = intParam(ctx, "limit", 100, 1000);
        ctx.json(node.database().inTransaction(tx -> tx.errors().list(new ErrorFilter(s, l, connectionId), limit)).stream()
                .map(Views.ErrorView::of).toList());
    }

    private void showError(Context ctx) {
        ctx.json(Views.ErrorView.of(error(ctx)));
    }

    private void retry(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        ctx.json(outcome(node.errorActions().retry(id).orElseThrow(() -> new NotFound("no error " + id + " on this node"))));
    }

    private void skip(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        ctx.json(outcome(node.errorActions().skip(id).orElseThrow(() -> new NotFound("no error " + id + " on this node"))));
    }

    private Map<String, Object> outcome(ErrorOutcome outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", outcome.errorId());
        body.put("level", outcome.level().name());
        body.put("action", outcome.action());
        body.put("event", outcome.events().isEmpty() ? "null" : String.valueOf(outcome.events().get(0)));
        body.put("events", outcome.events());
        body.put("resolvedErrors", outcome.resolvedErrors());
        body.put("connectionHeld", outcome.connectionHeld());
        body.put("syncActive", node.isActive());
        return body;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value, String allowed) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + " must be " + allowed + "; got '" + value + "'");
        }
    }

    private void poll(Context ctx) {
        ctx.json(Map.of("queued", node.pollNow()));
    }

    private SyncError error(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        return node.database().inTransaction(tx -> tx.errors().find(id))
                .orElseThrow(() -> new NotFound("no error " + id + " on this node"));
    }

    private String singleConnection() {
        var all = node.connections().list();
        if (all.size() == 1) return all.get(0).id();
        throw new ConfigException(all.isEmpty() ? "this node has no connections yet"
                : "this node has several connections: pass ?connection=<id or name>");
    }

    private static int intParam(Context ctx, String name, int fallback, int max) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > max) throw new ConfigException("'" + name + "' must be between 1 and " + max + ", got " + n);
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException("'" + name + "' must be a whole number, got '" + v + "'");
        }
    }
}
