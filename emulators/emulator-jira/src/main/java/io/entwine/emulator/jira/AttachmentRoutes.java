package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue attachments as Jira Cloud serves them: upload by {@code POST /rest/api/3/issue/{key}/attachments}
 * (multipart field {@code file}, refused without {@code X-Atlassian-Token: no-check}), metadata, deletion, the site's
 * upload limit ({@code /attachment/meta}), and the content: {@code /attachment/content/{id}} answers 303 to a
 * media URL carrying a token (served without credentials, as Cloud's media API is), or the bytes with
 * {@code redirect=false}. Adding and deleting an attachment bump the issue's {@code updated}, record an
 * {@code Attachment} changelog item and fire {@code attachment_created|deleted} and {@code jira:issue_updated}.
 */
final class AttachmentRoutes {
    static final String MEDIA = "/media/file/{id}/binary";
    private static final String API = "/rest/api/3";

    private final JiraSite site;
    private final IssueEvents events;
    private final Map<String, JiraAttachment> byId = new HashMap<>();
    private long nextId = 10000;
    private volatile long uploadLimit = 10L * 1024 * 1024;

    AttachmentRoutes(JiraSite site, IssueEvents events) {
        this.site = site;
        this.events = events;
    }

    void setUploadLimit(long bytes) {
        this.uploadLimit = bytes;
    }

    void register(RoutesConfig routes) {
        routes.get(API + "/attachment/meta", this::meta);
        routes.post(API + "/issue/{issueIdOrKey}/attachments", this::upload);
        routes.get(API + "/attachment/content/{id}", this::content);
        routes.get(API + "/attachment/{id}", this::metadata);
        routes.delete(API + "/attachment/{id}", this::delete);
        routes.get(MEDIA, this::media);
    }

    private void meta(Context ctx) {
        ObjectNode body = JiraJson.MAPPER.createObjectNode();
        body.put("enabled", true);
        body.put("uploadLimit", uploadLimit);
        JiraEmulator.answer(ctx, 200, body);
    }

    private void upload(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        if (!"no-check".equalsIgnoreCase(ctx.header("X-Atlassian-Token"))) {
            throw JiraError.forbidden("XSRF check failed");
        }
        List<MultipartForm.Part> files = MultipartForm.parse(ctx.contentType(), ctx.bodyAsBytes()).stream()
                .filter(p -> "file".equals(p.name())).toList();
        if (files.isEmpty()) throw JiraError.badRequest("No attachments in the request: the multipart field must be named 'file'.");
        for (MultipartForm.Part p : files) {
            if (p.content().length > uploadLimit) {
                throw new JiraError(413, List.of("The file " + p.filename() + " is too large: " + p.content().length
                        + " bytes exceeds the upload limit of " + uploadLimit + " bytes."), Map.of());
            }
        }
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            Instant at = site.issues.touch(issue);
            JiraJson json = site.json(caller);
            ArrayNode answer = JiraJson.MAPPER.createArrayNode();
            for (MultipartForm.Part p : files) {
                JiraAttachment a = new JiraAttachment(String.valueOf(nextId++), issue.id, p.filename() == null ? "file" : p.filename(),
                        p.contentType() == null ? "application/octet-stream" : p.contentType(), at, caller.accountId(),
                        p.content(), UUID.randomUUID().toString());
                byId.put(a.id(), a);
                issue.attachments.add(a);
                History history = site.issues.record(issue, caller.accountId(), at,
                        List.of(new ChangeItem("Attachment", "attachment", null, null, a.id(), a.filename())));
                publish("attachment_created", issue, a, at);
                events.updated(issue, caller, history, "issue_updated");
                answer.add(AttachmentJson.attachment(json, a));
            }
            JiraEmulator.answer(ctx, 200, answer);
        }
    }

    private void metadata(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            JiraEmulator.answer(ctx, 200, AttachmentJson.metadata(site.json(caller), find(ctx.pathParam("id"))));
        }
    }

    private void content(Context ctx) {
        JiraAttachment a;
        synchronized (site) {
            a = find(ctx.pathParam("id"));
        }
        if ("false".equalsIgnoreCase(ctx.queryParam("redirect"))) {
            bytes(ctx, a);
            return;
        }
        ctx.header("Location", site.url() + MEDIA.replace("{id}", a.id()) + "?token=" + a.mediaToken());
        ctx.status(303);
    }

    /** The media host's download: no credentials, the token from the redirect instead. */
    private void media(Context ctx) {
        JiraAttachment a;
        synchronized (site) {
            a = byId.get(ctx.pathParam("id"));
        }
        if (a == null || !a.mediaToken().equals(ctx.queryParam("token"))) {
            throw JiraError.notFound("No such file, or the download token is not valid for it.");
        }
        bytes(ctx, a);
    }

    private void delete(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            JiraAttachment a = find(ctx.pathParam("id"));
            byId.remove(a.id());
            JiraIssue issue = site.issues.get(a.issueId());
            issue.attachments.remove(a);
            Instant at = site.issues.touch(issue);
            History history = site.issues.record(issue, caller.accountId(), at,
                    List.of(new ChangeItem("Attachment", "attachment", a.id(), a.filename(), null, null)));
            publish("attachment_deleted", issue, a, at);
            events.updated(issue, caller, history, "issue_updated");
            JiraEmulator.answer(ctx, 204, null);
        }
    }

    private JiraAttachment find(String id) {
        JiraAttachment a = byId.get(id);
        if (a == null) throw JiraError.notFound("The attachment with id '" + id + "' does not exist");
        return a;
    }

    private static void bytes(Context ctx, JiraAttachment a) {
        ctx.status(200);
        ctx.contentType(a.mimeType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + a.filename().replace("\"", "") + "\"");
        ctx.result(a.content());
    }

    private void publish(String event, JiraIssue issue, JiraAttachment a, Instant at) {
        ObjectNode payload = JiraJson.MAPPER.createObjectNode();
        payload.put("timestamp", at.toEpochMilli());
        payload.put("webhookEvent", event);
        payload.set("attachment", AttachmentJson.attachment(site.systemJson(), a));
        site.webhooks.publish(event, issue, payload, this::matches);
    }

    private boolean matches(String jqlFilter, JiraIssue issue) {
        try {
            return Jql.parse(jqlFilter, site.jqlContext(null)).where().test(issue);
        } catch (JiraError invalidNow) {
            return false;
        }
    }
}
