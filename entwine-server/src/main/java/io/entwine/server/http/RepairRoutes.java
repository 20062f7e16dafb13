package io.entwine.server.http;

import io.entwine.core.Node;
import io.javalin.http.Context;

import java.util.List;

/** Reconciliation on demand: {@code POST /api/sync/reconcile} runs one sweep and answers with its report. */
final class RepairRoutes {
    private final Node node;

    RepairRoutes(Node node) {
        this.node = node;
    }

    List<Route> routes() {
        return List.of(new Route("POST", "/api/sync/reconcile", this::reconcile));
    }

    /** Blocks for the sweep (one tracker read per twin). */
    private void reconcile(Context ctx) {
        ctx.json(node.reconcileNow());
    }
}
