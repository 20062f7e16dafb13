package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.core.Node;
import io.entwine.core.connection.InvitationCode;
import io.entwine.store.connection.Connection;
import io.entwine.store.rule.Direction;
import io.entwine.store.rule.RuleVersion;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Connections and their rules: invite, accept, list, inspect, read and publish rule versions. */
final class ConnectionRoutes {
    private final Node node;

    ConnectionRoutes(Node node) {
        this.node = node;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/connections", this::list),
                new Route("POST", "/api/connections/invitations", this::invite),
                new Route("POST", "/api/connections/accept", this::accept),
                new Route("GET", "/api/connections/{id}", this::get),
                new Route("GET", "/api/connections/{id}/rules/{direction}", this::rules),
                new Route("PUT", "/api/connections/{id}/rules/{direction}", this::publish));
    }

    private void list(Context ctx) {
        ctx.json(node.connections().list().stream().map(Views.ConnectionView::of).toList());
    }

    private void invite(Context ctx) {
        String name = Json.field(ctx, "name");
        InvitationCode code = node.connections().invite(name);
        ctx.status(201).json(Map.of("connectionId", code.connectionId(), "name", code.connectionName(),
                "invitationCode", code.encode(),
                "note", "give this code to the other node's admin over a private channel: it contains the connection's secret"));
    }

    private void accept(Context ctx) {
        String code = Json.field(ctx, "invitationCode");
        Connection connection = node.connections().accept(code);
        ctx.status(201).json(Views.ConnectionView.of(connection));
    }

    private void get(Context ctx) {
        ctx.json(Views.ConnectionView.of(connection(ctx)));
    }

    private void rules(Context ctx) {
        Connection connection = connection(ctx);
        Direction direction = direction(ctx);
        List<RuleVersion> versions = node.database().inTransaction(tx -> tx.rules().versions(connection.id(), direction));
        RuleVersion active = versions.stream().filter(RuleVersion::active).findFirst()
                .orElseThrow(() -> new NotFound("connection '" + connection.name() + "' has no " + direction.name().toLowerCase(Locale.ROOT) + " rules"));
        if ("text/plain".equalsIgnoreCase(ctx.header("Accept"))) {
            ctx.contentType("text/plain; charset=utf-8").result(active.script());
            return;
        }
        ctx.json(Map.of("connectionId", connection.id(), "direction", direction.name(), "activeVersion", active.version(),
                "script", active.script(),
                "versions", versions.stream().map(v -> Map.of("version", v.version(), "active", v.active(), "createdAt", v.createdAt().toString())).toList()));
    }

    private void publish(Context ctx) {
        Connection connection = connection(ctx);
        Direction direction = direction(ctx);
        Json.requireTextOrJson(ctx);
        String script = ctx.body();
        if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            JsonNode body = Json.body(ctx);
            script = body.path("script").asText(null);
        }
        if (script == null || script.isBlank()) throw new ConfigException("request body must be the script (text/plain) or {\"script\": \"...\"}");
        RuleVersion published = node.rules().publish(connection.id(), direction, script);
        ctx.status(201).json(Map.of("connectionId", connection.id(), "direction", direction.name(), "version", published.version()));
    }

    private Connection connection(Context ctx) {
        String id = ctx.pathParam("id");
        return node.connections().find(id).orElseThrow(() -> new NotFound("no connection '" + id + "' on this node"));
    }

    private static Direction direction(Context ctx) {
        String d = ctx.pathParam("direction");
        try {
            return Direction.valueOf(d.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("rule direction must be 'outgoing' or 'incoming', got '" + d + "'");
        }
    }
}
