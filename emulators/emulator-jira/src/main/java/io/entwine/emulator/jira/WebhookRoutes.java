package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Jira's admin webhook registration API ({@code /rest/webhooks/1.0/webhook}); Jira administrators only. */
final class WebhookRoutes {
    private static final String HOOKS = "/rest/webhooks/1.0/webhook";

    private final JiraSite site;

    WebhookRoutes(JiraSite site) {
        this.site = site;
    }

    void register(RoutesConfig routes) {
        routes.get(HOOKS, this::list);
        routes.post(HOOKS, this::create);
        routes.get(HOOKS + "/{id}", this::get);
        routes.put(HOOKS + "/{id}", this::update);
        routes.delete(HOOKS + "/{id}", this::delete);
    }

    private JiraUser admin(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        if (!caller.admin()) throw JiraError.forbidden("Only Jira administrators can manage webhooks.");
        return caller;
    }

    private void list(Context ctx) {
        admin(ctx);
        synchronized (site) {
            ArrayNode body = JiraJson.MAPPER.createArrayNode();
            site.webhooks.list().forEach(h -> body.add(site.webhooks.render(h, site.url())));
            JiraEmulator.answer(ctx, 200, body);
        }
    }

    private void create(Context ctx) {
        JiraUser caller = admin(ctx);
        JsonNode body = JiraRequest.body(ctx);
        synchronized (site) {
            AdminWebhooks.Hook hook = site.webhooks.save(null, body, caller.accountId(), site.issues.now(), this::checkFilter);
            JiraEmulator.answer(ctx, 201, site.webhooks.render(hook, site.url()));
        }
    }

    private void get(Context ctx) {
        admin(ctx);
        synchronized (site) {
            JiraEmulator.answer(ctx, 200, site.webhooks.render(site.webhooks.get(id(ctx)), site.url()));
        }
    }

    private void update(Context ctx) {
        JiraUser caller = admin(ctx);
        JsonNode body = JiraRequest.body(ctx);
        synchronized (site) {
            long id = id(ctx);
            site.webhooks.get(id);
            AdminWebhooks.Hook hook = site.webhooks.save(id, body, caller.accountId(), site.issues.now(), this::checkFilter);
            JiraEmulator.answer(ctx, 200, site.webhooks.render(hook, site.url()));
        }
    }

    private void delete(Context ctx) {
        admin(ctx);
        synchronized (site) {
            if (!site.webhooks.delete(id(ctx))) throw JiraError.notFound("Webhook with id " + ctx.pathParam("id") + " does not exist.");
            JiraEmulator.answer(ctx, 204, null);
        }
    }

    private void checkFilter(String jql) {
        Jql.parse(jql, site.jqlContext(null));
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw JiraError.notFound("Webhook with id " + ctx.pathParam("id") + " does not exist.");
        }
    }
}
