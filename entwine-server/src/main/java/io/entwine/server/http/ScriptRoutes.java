package io.entwine.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.core.Node;
import io.entwine.server.scripts.DryRunInput;
import io.entwine.server.scripts.DryRunRequest;
import io.entwine.server.scripts.DryRunTracker;
import io.entwine.server.scripts.OfflineDirectory;
import io.entwine.server.scripts.ReadOnlyTracker;
import io.entwine.server.scripts.ScriptDryRun;
import io.entwine.server.scripts.ScriptProblemException;
import io.javalin.http.Context;

import java.util.List;

/**
 * Trying a script on this node without touching anything: {@code POST /api/scripts/check} compiles it,
 * {@code POST /api/scripts/test} runs it on given entities with look-ups answered by the node's tracker
 * (read-only; the offline directory when another connector kind is asked for). A script that fails is answered
 * 422 with the problem ({@code error}, {@code kind}, {@code line}, ...); a malformed request 400.
 */
final class ScriptRoutes {
    private final Node node;

    ScriptRoutes(Node node) {
        this.node = node;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/api/scripts/check", this::check),
                new Route("POST", "/api/scripts/test", this::test));
    }

    private void check(Context ctx) {
        String name = "script";
        Json.requireTextOrJson(ctx);
        String script = ctx.body();
        if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            JsonNode body = Json.body(ctx);
            script = body.path("script").asText(null);
            name = body.path("scriptName").asText(name);
        }
        if (script == null || script.isBlank()) throw new ConfigException("request body must be the script (text/plain) or {\"script\": \"...\"}");
        try {
            dryRun().check(name, script);
            ctx.json(Json.MAPPER.createObjectNode().put("ok", true).put("script", name).put("message", name + " compiles"));
        } catch (ScriptProblemException e) {
            ctx.status(422).json(e.problem().toJson());
        }
    }

    private void test(Context ctx) {
        String nodeKind = node.connector().kind();
        DryRunRequest request = DryRunInput.request(Json.body(ctx), nodeKind);
        DryRunTracker tracker = request.connectorKind().equals(nodeKind)
                ? new ReadOnlyTracker(node.connector())
                : OfflineDirectory.of(request.connectorKind());
        try {
            ctx.json(dryRun().run(request, tracker).toJson());
        } catch (ScriptProblemException e) {
            ctx.status(422).json(e.problem().toJson());
        }
    }

    private ScriptDryRun dryRun() {
        return new ScriptDryRun(node.ruleEngine(), node.identity().name());
    }
}
