package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Issue comments with ADF bodies ({@code /rest/api/3/issue/{key}/comment[/{id}]}). Adding, editing and
 * deleting a comment bump the issue's {@code updated} and fire the comment and issue-updated webhooks.
 */
final class CommentRoutes {
    private static final String COMMENTS = "/rest/api/3/issue/{issueIdOrKey}/comment";

    private final JiraSite site;
    private final IssueEvents events;

    CommentRoutes(JiraSite site, IssueEvents events) {
        this.site = site;
        this.events = events;
    }

    void register(RoutesConfig routes) {
        routes.get(COMMENTS, this::list);
        routes.post(COMMENTS, this::add);
        routes.get(COMMENTS + "/{id}", this::get);
        routes.put(COMMENTS + "/{id}", this::edit);
        routes.delete(COMMENTS + "/{id}", this::delete);
    }

    private void list(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        int startAt = Math.max(0, JiraRequest.intParam(ctx, "startAt", 0));
        int maxResults = Math.max(1, Math.min(5000, JiraRequest.intParam(ctx, "maxResults", 100)));
        String orderBy = ctx.queryParam("orderBy");
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            List<JiraComment> all = new ArrayList<>(issue.comments);
            Comparator<JiraComment> byCreated = Comparator.comparing((JiraComment c) -> c.created).thenComparing(c -> Long.parseLong(c.id));
            all.sort("-created".equals(orderBy) ? byCreated.reversed() : byCreated);
            List<JiraComment> page = all.subList(Math.min(startAt, all.size()), Math.min(startAt + maxResults, all.size()));
            ObjectNode answer = site.json(caller).commentPage(issue, page, startAt, maxResults);
            if (String.valueOf(ctx.queryParam("expand")).contains("properties")) {
                for (int i = 0; i < page.size(); i++) {
                    ((ObjectNode) answer.path("comments").get(i)).set("properties", EntityProperties.asArray(page.get(i).properties));
                }
            }
            JiraEmulator.answer(ctx, 200, answer);
        }
    }

    private void add(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        JsonNode request = JiraRequest.body(ctx);
        JsonNode body = documentOf(request);
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        EntityProperties.read(request, properties);
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            Instant at = site.issues.touch(issue);
            JiraComment comment = new JiraComment(site.issues.nextCommentId(), caller.accountId(), body, at);
            comment.properties.putAll(properties);
            issue.comments.add(comment);
            events.comment("created", issue, comment, caller);
            JiraEmulator.answer(ctx, 201, site.json(caller).comment(issue, comment));
        }
    }

    private void get(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            JiraEmulator.answer(ctx, 200, site.json(caller).comment(issue, find(issue, ctx.pathParam("id"))));
        }
    }

    private void edit(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        JsonNode body = documentOf(JiraRequest.body(ctx));
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            JiraComment comment = find(issue, ctx.pathParam("id"));
            comment.body = body;
            comment.updateAuthorAccountId = caller.accountId();
            comment.updated = site.issues.touch(issue);
            events.comment("updated", issue, comment, caller);
            JiraEmulator.answer(ctx, 200, site.json(caller).comment(issue, comment));
        }
    }

    private void delete(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            JiraComment comment = find(issue, ctx.pathParam("id"));
            issue.comments.remove(comment);
            site.issues.touch(issue);
            events.comment("deleted", issue, comment, caller);
            JiraEmulator.answer(ctx, 204, null);
        }
    }

    private static JiraComment find(JiraIssue issue, String id) {
        JiraComment comment = issue.comment(id);
        if (comment == null) throw JiraError.notFound("Can not find a comment for key: " + id + ".");
        return comment;
    }

    /** The ADF body of a Comment request, or a 400 naming the {@code comment} field as Jira does. */
    private static JsonNode documentOf(JsonNode request) {
        JsonNode body = request.get("body");
        if (body == null || body.isNull()) throw JiraError.fields(Map.of("comment", "Comment body can not be empty!"));
        if (!AdfDocs.isDocument(body)) throw JiraError.fields(Map.of("comment", AdfDocs.NOT_A_DOCUMENT));
        if (!body.path("content").elements().hasNext()) throw JiraError.fields(Map.of("comment", "Comment body can not be empty!"));
        return body.deepCopy();
    }
}
