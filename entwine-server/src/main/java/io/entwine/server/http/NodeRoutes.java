package io.entwine.server.http;

import io.entwine.core.Node;
import io.entwine.server.auth.AdminTokens;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every route a node serves, in one table: the server registers exactly these (guarding the
 * {@link Route.Access#ADMIN} ones with the admin-token check), the OpenAPI test checks them.
 */
public final class NodeRoutes {
    static final String OPENAPI_RESOURCE = "/io/entwine/server/openapi.json";

    private NodeRoutes() {
    }

    public static List<Route> of(Node node, AdminTokens tokens) {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("GET", "/api/openapi.json", NodeRoutes::openApi, Route.Access.PUBLIC));
        routes.addAll(new StatusRoutes(node, new AdminAuth(tokens)).routes());
        routes.addAll(new ConnectionRoutes(node).routes());
        routes.addAll(new ControlRoutes(node).routes());
        routes.addAll(new LifecycleRoutes(node).routes());
        routes.addAll(new BulkRoutes(node).routes());
        routes.addAll(new ScriptRoutes(node).routes());
        routes.addAll(new TokenRoutes(tokens).routes());
        routes.addAll(new PeerRoutes(node).routes());
        routes.addAll(new RepairRoutes(node).routes());
        return routes;
    }

    /** The OpenAPI description of the node API, as served. */
    public static String openApiDocument() {
        try (InputStream in = NodeRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApiDocument());
    }
}
