package io.entwine.server.http;

import io.entwine.server.auth.AdminTokens;
import io.entwine.server.auth.IssuedToken;
import io.entwine.server.auth.Revocation;
import io.entwine.store.admintoken.AdminToken;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Admin tokens: list, create (the token is shown once), revoke. */
final class TokenRoutes {
    private final AdminTokens tokens;

    TokenRoutes(AdminTokens tokens) {
        this.tokens = tokens;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/tokens", this::list),
                new Route("POST", "/api/tokens", this::create),
                new Route("DELETE", "/api/tokens/{id}", this::revoke));
    }

    private void list(Context ctx) {
        ctx.json(tokens.list().stream().map(TokenRoutes::view).toList());
    }

    private void create(Context ctx) {
        IssuedToken issued = tokens.issue(Json.field(ctx, "name"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", issued.id());
        body.put("name", issued.name());
        body.put("createdAt", issued.createdAt().toString());
        body.put("token", issued.token());
        body.put("note", "store this token now: the node keeps only a hash of it and cannot show it again");
        ctx.status(201).json(body);
    }

    private void revoke(Context ctx) {
        String id = ctx.pathParam("id");
        Revocation result = tokens.revoke(id);
        switch (result) {
            case UNKNOWN -> throw new NotFound("no admin token '" + id + "' on this node");
            case ALREADY_REVOKED -> throw new Conflict("admin token '" + id + "' is already revoked");
            case LAST_ACTIVE -> throw new Conflict("admin token '" + id + "' is the node's last valid token: create another"
                    + " first, or revoke them all with 'bin/entwine node --config <file> --reset-admin-token'");
            case REVOKED -> ctx.json(Map.of("id", id, "revoked", true));
        }
    }

    private static Map<String, Object> view(AdminToken token) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", token.id());
        view.put("name", token.name());
        view.put("createdAt", token.createdAt().toString());
        view.put("revokedAt", token.revokedAt() == null ? null : token.revokedAt().toString());
        return view;
    }
}
