package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Enhanced JQL search ({@code GET|POST /rest/api/3/search/jql}): results in the query's order, only the
 * requested fields ({@code id} by default), pages of {@code maxResults} (default 50; at most 100 with
 * fields, 5000 ids only) chained with an opaque {@code nextPageToken}, and {@code isLast}. Like Jira Cloud
 * it refuses unbounded queries (nothing but an ORDER BY).
 */
final class SearchRoutes {
    private static final Set<String> BODY_PROPERTIES = Set.of("jql", "nextPageToken", "maxResults", "fields", "expand",
            "properties", "fieldsByKeys", "reconcileIssues");

    private final JiraSite site;

    SearchRoutes(JiraSite site) {
        this.site = site;
    }

    void register(RoutesConfig routes) {
        routes.get("/rest/api/3/search/jql", this::searchGet);
        routes.post("/rest/api/3/search/jql", this::searchPost);
    }

    private void searchGet(Context ctx) {
        search(ctx, ctx.queryParam("jql"), ctx.queryParam("nextPageToken"), JiraRequest.intParam(ctx, "maxResults", 50),
                JiraRequest.listParam(ctx, "fields"), ctx.queryParam("expand"), JiraRequest.listParam(ctx, "properties"));
    }

    private void searchPost(Context ctx) {
        JsonNode body = JiraRequest.body(ctx);
        if (!body.isObject()) throw JiraError.badRequest("The search request must be a JSON object.");
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!BODY_PROPERTIES.contains(name)) {
                throw JiraError.badRequest("Unrecognized field \"" + name + "\" (class SearchAndReconcileRequestBean), not marked as ignorable");
            }
        }
        List<String> fields = new ArrayList<>();
        body.path("fields").forEach(f -> fields.add(f.asText()));
        if (body.has("maxResults") && !body.get("maxResults").canConvertToInt()) throw JiraError.badRequest("maxResults must be an integer");
        List<String> properties = new ArrayList<>();
        body.path("properties").forEach(p -> properties.add(p.asText()));
        search(ctx, body.path("jql").asText(null), body.path("nextPageToken").asText(null),
                body.path("maxResults").asInt(50), fields, body.path("expand").asText(null), properties);
    }

    private void search(Context ctx, String jql, String pageToken, int maxResults, List<String> fields, String expand,
                        List<String> properties) {
        JiraUser caller = JiraRequest.caller(ctx);
        FieldSelection selection = FieldSelection.parse(fields, "id");
        int cap = selection.hasFields() ? 100 : 5000;
        int pageSize = Math.max(1, Math.min(cap, maxResults));
        String query = jql == null ? "" : jql;
        int offset = pageToken == null || pageToken.isBlank() ? 0 : offsetOf(pageToken, query);
        synchronized (site) {
            JqlQuery parsed = Jql.parseBounded(query, site.jqlContext(caller));
            List<JiraIssue> matches = site.issues.all().stream().filter(parsed.where()).sorted(parsed.order()).toList();
            int end = Math.min(matches.size(), offset + pageSize);
            JiraJson json = site.json(caller);
            boolean changelog = expand != null && expand.contains("changelog");
            ObjectNode result = JiraJson.MAPPER.createObjectNode();
            ArrayNode issues = result.putArray("issues");
            for (JiraIssue issue : matches.subList(Math.min(offset, end), end)) {
                ObjectNode rendered = json.issue(issue, selection, changelog);
                if (!properties.isEmpty()) rendered.set("properties", EntityProperties.asObject(issue.properties, properties));
                issues.add(rendered);
            }
            boolean isLast = end >= matches.size();
            if (!isLast) result.put("nextPageToken", tokenFor(end, query));
            result.put("isLast", isLast);
            JiraEmulator.answer(ctx, 200, result);
        }
    }

    /** Tokens bind the offset to the query, so a token reused with another query is refused like Jira's. */
    private static String tokenFor(int offset, String jql) {
        String raw = offset + ":" + Integer.toHexString(jql.hashCode());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetOf(String token, String jql) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon > 0 && raw.substring(colon + 1).equals(Integer.toHexString(jql.hashCode()))) {
                return Integer.parseInt(raw.substring(0, colon));
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the refusal below
        }
        throw JiraError.badRequest("The provided next page token is invalid or expired.");
    }
}
