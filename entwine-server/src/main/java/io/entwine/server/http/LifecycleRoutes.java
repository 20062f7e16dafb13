package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.core.Node;
import io.entwine.core.lifecycle.DeletionPolicies;
import io.entwine.core.lifecycle.LifecycleConflictException;
import io.entwine.core.lifecycle.RemoteDeletionPolicy;
import io.entwine.core.trigger.Triggers;
import io.entwine.store.connection.Connection;
import io.entwine.store.twin.Twin;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** One twin's unsync and re-sync, and a connection's remote-deletion policy and triggers. */
final class LifecycleRoutes {
    private final Node node;

    LifecycleRoutes(Node node) {
        this.node = node;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/api/twins/{id}/unsync", ctx -> twinAction(ctx, id -> node.lifecycle().unsync(id))),
                new Route("POST", "/api/twins/{id}/resync", ctx -> twinAction(ctx, id -> node.lifecycle().resync(id))),
                new Route("GET", "/api/connections/{id}/deletion", this::deletion),
                new Route("PUT", "/api/connections/{id}/deletion", this::setDeletion),
                new Route("GET", "/api/connections/{id}/triggers", this::triggers),
                new Route("PUT", "/api/connections/{id}/triggers", this::setTriggers));
    }

    private void twinAction(Context ctx, LongFunction<Twin> action) {
        long id = Long.parseLong(ctx.pathParam("id"));
        if (node.database().inTransaction(tx -> tx.twins().find(id)).isEmpty()) throw new NotFound("no twin " + id + " on this node");
        try {
            ctx.json(Views.TwinView.of(action.apply(id)));
        } catch (LifecycleConflictException e) {
            throw new Conflict(e.getMessage());
        }
    }

    private void deletion(Context ctx) {
        Connection connection = connection(node, ctx);
        RemoteDeletionPolicy policy = node.database().inTransaction(tx -> DeletionPolicies.get(tx, connection.id()));
        ctx.json(Map.of("connectionId", connection.id(), "remoteDeletion", policy.name()));
    }

    private void setDeletion(Context ctx) {
        Connection connection = connection(node, ctx);
        RemoteDeletionPolicy policy = RemoteDeletionPolicy.parse(Json.field(ctx, "remoteDeletion"));
        node.database().useTransaction(tx -> DeletionPolicies.set(tx, connection.id(), policy));
        ctx.json(Map.of("connectionId", connection.id(), "remoteDeletion", policy.name()));
    }

    private void triggers(Context ctx) {
        Connection connection = connection(node, ctx);
        List<String> triggers = node.database().inTransaction(tx -> Triggers.get(tx, connection.id()));
        ctx.json(Map.of("connectionId", connection.id(), "triggers", triggers));
    }

    private void setTriggers(Context ctx) {
        Connection connection = connection(node, ctx);
        JsonNode list = Json.body(ctx).path("triggers");
        if (!list.isArray()) throw new ConfigException("request body needs 'triggers': a list of native queries (empty: no triggers)");
        List<String> queries = new ArrayList<>();
        for (JsonNode q : list) {
            if (!q.isTextual()) throw new ConfigException("each trigger is a native query string, got " + q);
            queries.add(q.asText());
        }
        List<String> stored = node.database().inTransaction(tx -> Triggers.set(tx, connection.id(), queries));
        ctx.json(Map.of("connectionId", connection.id(), "triggers", stored));
    }

    static Connection connection(Node node, Context ctx) {
        String id = ctx.pathParam("id");
        return node.connections().find(id).orElseThrow(() -> new NotFound("no connection '" + id + "' on this node"));
    }
}
