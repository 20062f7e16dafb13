package io.entwine.server.http;

import io.entwine.core.Node;
import io.entwine.core.conflict.ConflictPolicy;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/**
 * Repairs and decisions an admin makes about the sync's state: reconciliation on demand
 * ({@code POST /api/sync/reconcile}), the field conflicts ({@code GET /api/conflicts},
 * {@code POST /api/conflicts/{id}/resolve}) and a connection's conflict policy ({@code PUT /api/connections/{id}/conflict-policy}).
 */
final class RepairRoutes {
    private final Node node;

    RepairRoutes(Node node) {
        this.node = node;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/api/sync/reconcile", this::reconcile),
                new Route("GET", "/api/conflicts", this::conflicts),
                new Route("POST", "/api/conflicts/{id}/resolve", this::resolve),
                new Route("PUT", "/api/connections/{id}/conflict-policy", this::policy));
    }

    /** Blocks for the sweep (one tracker read per twin). */
    private void reconcile(Context ctx) {
        ctx.json(node.reconcileNow());
    }

    private void conflicts(Context ctx) {
        int limit = Math.max(1, Math.min(1000, ctx.queryParam("limit") == null ? 100 : parseLong(ctx.queryParam("limit"), "limit").intValue()));
        long before = ctx.queryParam("before") == null ? 0 : parseLong(ctx.queryParam("before"), "before");
        ctx.json(node.conflicts().list(ctx.queryParam("status"), limit, before));
    }

    private void resolve(Context ctx) {
        long id = parseLong(ctx.pathParam("id"), "conflict id");
        String keep = Json.field(ctx, "keep");
        ctx.json(node.conflicts().resolve(id, keep).orElseThrow(() -> new NotFound("no conflict " + id + " on this node")));
    }

    private void policy(Context ctx) {
        String id = node.connections().find(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("no connection '" + ctx.pathParam("id") + "' on this node")).id();
        ConflictPolicy policy = ConflictPolicy.parse(Json.field(ctx, "policy"));
        node.conflicts().setPolicy(id, policy);
        ctx.json(Map.of("connection", id, "policy", policy.name()));
    }

    private static Long parseLong(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new io.entwine.api.errors.ConfigException(what + " must be a number, got '" + text + "'");
        }
    }
}
