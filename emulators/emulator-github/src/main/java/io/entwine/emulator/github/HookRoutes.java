package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/**
 * Repository webhooks: create (followed by a {@code ping} delivery, as on GitHub), list, get, edit, delete
 * and ping. A second hook with the same URL is refused with GitHub's "Hook already exists" 422.
 */
final class HookRoutes {
    private static final String HOOKS = "/repos/{owner}/{repo}/hooks";
    private static final String DOCS = "https://docs.github.com/rest/repos/webhooks#create-a-repository-webhook";

    private final GitHubWorld world;
    private final Lookups lookups;
    private final WebhookPublisher webhooks;
    private final Representations json;
    private final Paging paging;

    HookRoutes(GitHubWorld world, Lookups lookups, WebhookPublisher webhooks, Representations json, Paging paging) {
        this.world = world;
        this.lookups = lookups;
        this.webhooks = webhooks;
        this.json = json;
        this.paging = paging;
    }

    void register(RouteTable routes) {
        routes.post(HOOKS, (ctx, actor) -> create(ctx, admin(ctx, actor)));
        routes.get(HOOKS, (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            admin(ctx, actor);
            ArrayNode out = Representations.MAPPER.createArrayNode();
            for (Hook h : paging.page(ctx, new ArrayList<>(repo.hooks.values()))) out.add(json.hook(repo, h));
            return Reply.ok(out);
        });
        routes.get(HOOKS + "/{hook_id}", (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            admin(ctx, actor);
            return Reply.ok(json.hook(repo, lookups.hook(ctx, repo)));
        });
        routes.patch(HOOKS + "/{hook_id}", (ctx, actor) -> edit(ctx, admin(ctx, actor)));
        routes.delete(HOOKS + "/{hook_id}", (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            admin(ctx, actor);
            repo.hooks.remove(lookups.hook(ctx, repo).id);
            return Reply.noContent();
        });
        routes.post(HOOKS + "/{hook_id}/pings", (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            admin(ctx, actor);
            webhooks.ping(repo, lookups.hook(ctx, repo), actor);
            return Reply.noContent();
        });
    }

    /** The actor when it may manage the repository's hooks; GitHub hides hooks from non-admins with a 404. */
    private Account admin(Context ctx, Account actor) {
        if (!lookups.repo(ctx).isAdmin(actor)) throw ApiError.notFound(DOCS);
        return actor;
    }

    private Reply create(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        JsonNode body = Bodies.parse(ctx.body());
        JsonNode config = body.path("config");
        String url = Bodies.text(config, "url");
        if (url == null || url.isBlank()) throw ApiError.validationMessage("Hook", "Config must contain url", DOCS);
        if (repo.hooks.values().stream().anyMatch(h -> h.url.equals(url))) {
            throw ApiError.validationMessage("Hook", "Hook already exists on this repository", DOCS);
        }
        Hook hook = world.newHook(repo);
        hook.url = url;
        hook.contentType = contentType(Bodies.text(config, "content_type"));
        hook.secret = Bodies.text(config, "secret");
        if (config.has("insecure_ssl")) hook.insecureSsl = Bodies.text(config, "insecure_ssl");
        hook.events = body.has("events") ? Bodies.names(body.get("events"), "name") : List.of("push");
        hook.active = !body.has("active") || body.get("active").asBoolean(true);
        ctx.header("Location", json.urls().repo(repo) + "/hooks/" + hook.id);
        if (hook.active) webhooks.ping(repo, hook, actor);
        return Reply.created(json.hook(repo, hook));
    }

    private Reply edit(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        Hook hook = lookups.hook(ctx, repo);
        JsonNode body = Bodies.parse(ctx.body());
        JsonNode config = body.path("config");
        if (config.has("url")) hook.url = Bodies.text(config, "url");
        if (config.has("content_type")) hook.contentType = contentType(Bodies.text(config, "content_type"));
        if (config.has("secret")) hook.secret = Bodies.text(config, "secret");
        if (config.has("insecure_ssl")) hook.insecureSsl = Bodies.text(config, "insecure_ssl");
        List<String> events = new ArrayList<>(body.has("events") ? Bodies.names(body.get("events"), "name") : hook.events);
        for (String e : Bodies.names(body.get("add_events"), "name")) if (!events.contains(e)) events.add(e);
        events.removeAll(Bodies.names(body.get("remove_events"), "name"));
        hook.events = events;
        if (body.has("active")) hook.active = body.get("active").asBoolean(hook.active);
        hook.updated = world.now();
        return Reply.ok(json.hook(repo, hook));
    }

    private static String contentType(String value) {
        if (value == null) return "form";
        if (!value.equals("json") && !value.equals("form")) {
            throw ApiError.validationMessage("Hook", "Invalid content_type: " + value, DOCS);
        }
        return value;
    }
}
