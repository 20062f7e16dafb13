package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Who is who: {@code GET /user}, {@code GET /users/{username}}, {@code GET /repos/{owner}/{repo}} and {@code GET /rate_limit}. */
final class AccountRoutes {
    private final GitHubWorld world;
    private final Lookups lookups;
    private final Representations json;
    private final RepositoryRepresentation repositories;
    private final RateLimits limits;

    AccountRoutes(GitHubWorld world, Lookups lookups, Representations json, RepositoryRepresentation repositories,
                  RateLimits limits) {
        this.world = world;
        this.lookups = lookups;
        this.json = json;
        this.repositories = repositories;
        this.limits = limits;
    }

    void register(RouteTable routes) {
        routes.get("/user", (ctx, actor) -> {
            int owned = (int) world.repos().stream().filter(r -> r.owner == actor).count();
            return Reply.ok(json.privateUser(actor, owned));
        });
        routes.get("/users/{username}", (ctx, actor) -> {
            Account account = world.account(ctx.pathParam("username"));
            if (account == null) throw ApiError.notFound("https://docs.github.com/rest/users/users#get-a-user");
            return Reply.ok(json.publicUser(account));
        });
        routes.get("/repos/{owner}/{repo}", (ctx, actor) -> Reply.ok(repositories.repository(lookups.repo(ctx), actor)));
        routes.get("/rate_limit", (ctx, actor) -> {
            ObjectNode out = Representations.MAPPER.createObjectNode();
            ObjectNode resources = out.putObject("resources");
            for (String resource : RateLimits.RESOURCES) resources.set(resource, limits.snapshot(actor, resource));
            out.set("rate", limits.snapshot(actor, "core"));
            return Reply.ok(out);
        });
    }
}
