package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.core.Node;
import io.entwine.core.control.FingerprintChangedException;
import io.entwine.core.control.SyncState;
import io.entwine.store.connection.Connection;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sync control (status, activate, deactivate) and pausing / resuming a connection. */
final class ControlRoutes {
    private final Node node;

    ControlRoutes(Node node) {
        this.node = node;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/sync", this::status),
                new Route("POST", "/api/sync/activate", this::activate),
                new Route("POST", "/api/sync/deactivate", this::deactivate),
                new Route("POST", "/api/connections/{id}/pause", this::pause),
                new Route("POST", "/api/connections/{id}/resume", this::resume));
    }

    private void status(Context ctx) {
        ctx.json(view(node.syncControl().state()));
    }

    /** Body optional: {@code {"confirmFingerprint": true}} records a changed fingerprint and starts anyway. */
    private void activate(Context ctx) {
        boolean confirm = optionalBody(ctx).path("confirmFingerprint").asBoolean(false);
        try {
            ctx.json(view(node.syncControl().activate(confirm)));
        } catch (FingerprintChangedException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.put("status", 409);
            body.put("fingerprintChanges", e.changes());
            ctx.status(409).json(body);
        }
    }

    private void deactivate(Context ctx) {
        String reason = optionalBody(ctx).path("reason").asText("");
        ctx.json(view(node.syncControl().deactivate(reason.isBlank() ? "deactivated by an administrator"
                : "deactivated by an administrator: " + reason)));
    }

    private void pause(Context ctx) {
        ctx.json(Views.ConnectionView.of(node.connectionPause().pause(connection(ctx).id())));
    }

    private void resume(Context ctx) {
        ctx.json(Views.ConnectionView.of(node.connectionPause().resume(connection(ctx).id())));
    }

    private Connection connection(Context ctx) {
        String id = ctx.pathParam("id");
        return node.connections().find(id).orElseThrow(() -> new NotFound("no connection '" + id + "' on this node"));
    }

    private static JsonNode optionalBody(Context ctx) {
        String body = ctx.body();
        if (body == null || body.isBlank()) return Json.MAPPER.createObjectNode();
        try {
            return Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new ConfigException("request body must be JSON (or empty): " + e.getMessage());
        }
    }

    private static Map<String, Object> view(SyncState state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("syncActive", state.active());
        body.put("reason", state.reason());
        body.put("since", state.since());
        body.put("haltedByError", state.haltedByError());
        body.put("fingerprintChanges", state.fingerprintChanges());
        body.put("recordedFingerprint", state.recorded());
        body.put("currentFingerprint", state.current());
        return body;
    }
}
