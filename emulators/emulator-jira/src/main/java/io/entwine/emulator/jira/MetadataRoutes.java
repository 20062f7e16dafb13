package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

/**
 * Users and site metadata: {@code /myself}, {@code /user}, {@code /user/search}, {@code /priority/search},
 * {@code /status}, {@code /issuetype}, {@code /project/{key}}, {@code /serverInfo}, and the unauthenticated
 * {@code /_edge/tenant_info} that tells a Cloud site's id.
 */
final class MetadataRoutes {
    private static final String USER_NOT_FOUND = "Specified user does not exist or you do not have required permissions";

    private final JiraSite site;

    MetadataRoutes(JiraSite site) {
        this.site = site;
    }

    void register(RoutesConfig routes) {
        routes.get("/rest/api/3/myself", this::myself);
        routes.get("/rest/api/3/user", this::user);
        routes.get("/rest/api/3/user/search", this::userSearch);
        routes.get("/rest/api/3/priority/search", this::priorities);
        routes.get("/rest/api/3/status", this::statuses);
        routes.get("/rest/api/3/issuetype", this::issueTypes);
        routes.get("/rest/api/3/project/{projectIdOrKey}", this::project);
        routes.get("/rest/api/3/serverInfo", this::serverInfo);
        routes.get("/_edge/tenant_info", this::tenantInfo);
    }

    private void myself(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            ObjectNode body = site.json(caller).user(caller);
            body.put("locale", "en_US");
            JiraEmulator.answer(ctx, 200, body);
        }
    }

    private void user(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        String accountId = ctx.queryParam("accountId");
        if (accountId == null || accountId.isBlank()) throw JiraError.badRequest("The 'accountId' query parameter needs to be provided.");
        synchronized (site) {
            JiraUser user = site.catalog.user(accountId);
            if (user == null) throw JiraError.notFound(USER_NOT_FOUND);
            JiraEmulator.answer(ctx, 200, site.json(caller).user(user));
        }
    }

    private void userSearch(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        String query = ctx.queryParam("query");
        String accountId = ctx.queryParam("accountId");
        if ((query == null || query.isBlank()) && (accountId == null || accountId.isBlank())) {
            throw JiraError.badRequest("One of 'query' or 'accountId' query parameters must be provided.");
        }
        int startAt = Math.max(0, JiraRequest.intParam(ctx, "startAt", 0));
        int maxResults = Math.max(1, Math.min(1000, JiraRequest.intParam(ctx, "maxResults", 50)));
        synchronized (site) {
            List<JiraUser> found = accountId != null && !accountId.isBlank()
                    ? (site.catalog.user(accountId) == null ? List.of() : List.of(site.catalog.user(accountId)))
                    : site.catalog.searchUsers(query);
            JiraJson json = site.json(caller);
            ArrayNode body = JiraJson.MAPPER.createArrayNode();
            found.stream().skip(startAt).limit(maxResults).forEach(u -> body.add(json.user(u)));
            JiraEmulator.answer(ctx, 200, body);
        }
    }

    private void priorities(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        int startAt = Math.max(0, JiraRequest.intParam(ctx, "startAt", 0));
        int maxResults = Math.max(1, Math.min(50, JiraRequest.intParam(ctx, "maxResults", 50)));
        String name = ctx.queryParam("priorityName");
        boolean onlyDefault = JiraRequest.boolParam(ctx, "onlyDefault");
        synchronized (site) {
            JiraJson json = site.json(caller);
            List<JiraPriority> matching = site.catalog.priorities().stream()
                    .filter(p -> name == null || name.isBlank() || p.name().toLowerCase().contains(name.toLowerCase()))
                    .filter(p -> !onlyDefault || p.isDefault()).toList();
            ObjectNode body = JiraJson.MAPPER.createObjectNode();
            body.put("self", json.api("priority/search?maxResults=" + maxResults + "&startAt=" + startAt));
            body.put("maxResults", maxResults);
            body.put("startAt", startAt);
            body.put("total", matching.size());
            body.put("isLast", startAt + maxResults >= matching.size());
            ArrayNode values = body.putArray("values");
            matching.stream().skip(startAt).limit(maxResults).forEach(p -> values.add(json.priorityDetails(p)));
            JiraEmulator.answer(ctx, 200, body);
        }
    }

    private void statuses(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            JiraJson json = site.json(caller);
            ArrayNode body = JiraJson.MAPPER.createArrayNode();
            site.catalog.statuses().forEach(s -> body.add(json.status(s)));
            JiraEmulator.answer(ctx, 200, body);
        }
    }

    private void issueTypes(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            JiraJson json = site.json(caller);
            ArrayNode body = JiraJson.MAPPER.createArrayNode();
            site.catalog.issueTypes().forEach(t -> body.add(json.issueType(t, false)));
            JiraEmulator.answer(ctx, 200, body);
        }
    }

    private void project(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        String idOrKey = ctx.pathParam("projectIdOrKey");
        synchronized (site) {
            JiraProject project = site.catalog.project(idOrKey);
            if (project == null) throw JiraError.notFound("No project could be found with key '" + idOrKey + "'.");
            JiraEmulator.answer(ctx, 200, site.json(caller).project(project));
        }
    }

    private void serverInfo(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            JiraJson json = site.json(caller);
            ObjectNode body = JiraJson.MAPPER.createObjectNode();
            body.put("baseUrl", site.url());
            body.put("displayUrl", site.url());
            body.put("version", "1001.0.0-SNAPSHOT");
            body.putArray("versionNumbers").add(1001).add(0).add(0);
            body.put("deploymentType", "Cloud");
            body.put("buildNumber", 100290);
            body.put("buildDate", "2026-11-01T00:00:00.000+0000");
            body.put("serverTime", json.time(site.issues.now()));
            body.put("scmInfo", "57a0ca5b4a0bb0ac5f3fee4764acb1c14e4d7e71");
            body.put("serverTitle", site.serverTitle);
            JiraEmulator.answer(ctx, 200, body);
        }
    }

    private void tenantInfo(Context ctx) {
        ObjectNode body = JiraJson.MAPPER.createObjectNode();
        body.put("cloudId", site.cloudId);
        JiraEmulator.answer(ctx, 200, body);
    }
}
