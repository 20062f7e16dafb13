package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/** Repository labels (list, create, get, edit, delete) and the labels of one issue (list, add, set, remove). */
final class LabelRoutes {
    private static final String REPO = "/repos/{owner}/{repo}";
    private static final String ISSUE_LABELS = REPO + "/issues/{issue_number}/labels";
    private static final String LABEL_DOCS = "https://docs.github.com/rest/issues/labels#create-a-label";

    private final GitHubWorld world;
    private final Lookups lookups;
    private final IssueChanges changes;
    private final Representations json;
    private final Paging paging;

    LabelRoutes(GitHubWorld world, Lookups lookups, IssueChanges changes, Representations json, Paging paging) {
        this.world = world;
        this.lookups = lookups;
        this.changes = changes;
        this.json = json;
        this.paging = paging;
    }

    void register(RouteTable routes) {
        routes.get(REPO + "/labels", (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            return Reply.ok(json.labels(repo, paging.page(ctx, new ArrayList<>(repo.labels.values()))));
        });
        routes.post(REPO + "/labels", this::createLabel);
        routes.get(REPO + "/labels/{name}", (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            return Reply.ok(json.label(repo, label(ctx, repo)));
        });
        routes.patch(REPO + "/labels/{name}", this::editLabel);
        routes.delete(REPO + "/labels/{name}", (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            Label label = label(ctx, repo);
            repo.removeLabel(label.name);
            for (Issue issue : repo.issues.values()) issue.labels.remove(label);
            return Reply.noContent();
        });

        routes.get(ISSUE_LABELS, (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            Issue issue = lookups.issue(ctx, repo);
            return Reply.ok(json.labels(repo, paging.page(ctx, issue.labels)));
        });
        routes.post(ISSUE_LABELS, (ctx, actor) -> applyLabels(ctx, actor, false));
        routes.put(ISSUE_LABELS, (ctx, actor) -> applyLabels(ctx, actor, true));
        routes.delete(ISSUE_LABELS, (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            Issue issue = lookups.issue(ctx, repo);
            changes.applyLabels(repo, issue, actor, List.of(), true);
            return Reply.noContent();
        });
        routes.delete(ISSUE_LABELS + "/{name}", (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            Issue issue = lookups.issue(ctx, repo);
            Label label = repo.label(ctx.pathParam("name"));
            if (label == null || !issue.labels.contains(label)) {
                throw ApiError.of(404, "Label does not exist", "https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue");
            }
            changes.removeLabel(repo, issue, actor, label);
            return Reply.ok(json.labels(repo, issue.labels));
        });
    }

    private Reply applyLabels(Context ctx, Account actor, boolean replace) {
        Repo repo = lookups.repo(ctx);
        Issue issue = lookups.issue(ctx, repo);
        JsonNode body = Bodies.parse(ctx.body());
        JsonNode names = body.isObject() ? body.get("labels") : body;
        if (!replace && (names == null || names.isEmpty())) {
            throw ApiError.validation("Label", "labels", "missing_field", null, "https://docs.github.com/rest/issues/labels#add-labels-to-an-issue");
        }
        changes.applyLabels(repo, issue, actor, Bodies.names(names, "name"), replace);
        return Reply.ok(json.labels(repo, issue.labels));
    }

    private Reply createLabel(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        JsonNode body = Bodies.parse(ctx.body());
        String name = Bodies.text(body, "name");
        if (name == null || name.isBlank()) throw ApiError.validation("Label", "name", "missing_field", null, LABEL_DOCS);
        if (repo.label(name) != null) throw ApiError.validation("Label", "name", "already_exists", null, LABEL_DOCS);
        String color = color(Bodies.text(body, "color"));
        Label label = world.newLabel(repo, name.trim(), color, Bodies.text(body, "description"));
        ctx.header("Location", json.urls().label(repo, label));
        return Reply.created(json.label(repo, label));
    }

    private Reply editLabel(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        Label label = label(ctx, repo);
        JsonNode body = Bodies.parse(ctx.body());
        String newName = Bodies.text(body, "new_name");
        if (newName != null && !newName.equalsIgnoreCase(label.name)) {
            if (repo.label(newName) != null) throw ApiError.validation("Label", "name", "already_exists", null, LABEL_DOCS);
            repo.removeLabel(label.name);
            label.name = newName;
            repo.putLabel(label);
        } else if (newName != null) {
            label.name = newName;
        }
        if (body.has("color")) label.color = color(Bodies.text(body, "color"));
        if (body.has("description")) label.description = Bodies.text(body, "description");
        return Reply.ok(json.label(repo, label));
    }

    private Label label(Context ctx, Repo repo) {
        Label label = repo.label(ctx.pathParam("name"));
        if (label == null) throw ApiError.notFound("https://docs.github.com/rest/issues/labels#get-a-label");
        return label;
    }

    /** GitHub stores colours without the leading '#' and rejects anything but six hex digits. */
    private static String color(String value) {
        if (value == null) return null;
        String hex = value.startsWith("#") ? value.substring(1) : value;
        if (!hex.matches("[0-9a-fA-F]{6}")) throw ApiError.validation("Label", "color", "invalid", value, LABEL_DOCS);
        return hex.toLowerCase(java.util.Locale.ROOT);
    }
}
