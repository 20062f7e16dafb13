package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue comments: per issue (list, create) and repository-wide (list with since/sort/direction, get,
 * edit, delete). A new comment bumps its issue's {@code updated_at} as on GitHub; edits and deletions
 * change only the comment, which is why pollers also read the repository-wide comment list.
 */
final class CommentRoutes {
    private static final String REPO = "/repos/{owner}/{repo}";
    private static final String DOCS = "https://docs.github.com/rest/issues/comments#create-an-issue-comment";

    private final GitHubWorld world;
    private final Lookups lookups;
    private final IssueChanges issues;
    private final WebhookPublisher webhooks;
    private final Representations json;
    private final Paging paging;

    CommentRoutes(GitHubWorld world, Lookups lookups, IssueChanges issues, WebhookPublisher webhooks,
                  Representations json, Paging paging) {
        this.world = world;
        this.lookups = lookups;
        this.issues = issues;
        this.webhooks = webhooks;
        this.json = json;
        this.paging = paging;
    }

    /** Registers the repository-wide routes first so that {@code /issues/comments} never reads as an issue number. */
    void register(RouteTable routes) {
        routes.get(REPO + "/issues/comments", this::listForRepo);
        routes.get(REPO + "/issues/comments/{comment_id}", (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            return Reply.ok(json.comment(repo, lookups.comment(ctx, repo)));
        });
        routes.patch(REPO + "/issues/comments/{comment_id}", this::edit);
        routes.delete(REPO + "/issues/comments/{comment_id}", this::delete);
        routes.get(REPO + "/issues/{issue_number}/comments", this::listForIssue);
        routes.post(REPO + "/issues/{issue_number}/comments", this::create);
    }

    private Reply listForRepo(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        Stream<Comment> comments = repo.comments.values().stream();
        Instant since = Lookups.since(ctx, "IssueComment");
        if (since != null) comments = comments.filter(c -> !c.updated.isBefore(since));
        String sort = IssueRoutes.param(ctx, "sort", "created");
        if (!sort.equals("created") && !sort.equals("updated")) {
            throw ApiError.validation("IssueComment", "sort", "invalid", sort, ApiError.DOCS);
        }
        Comparator<Comment> order = sort.equals("updated") ? Comparator.comparing((Comment c) -> c.updated)
                : Comparator.comparing((Comment c) -> c.created);
        order = order.thenComparingLong(c -> c.id);
        if ("desc".equals(ctx.queryParam("direction"))) order = order.reversed();
        return Reply.ok(render(repo, paging.page(ctx, comments.sorted(order).toList())));
    }

    private Reply listForIssue(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        Issue issue = lookups.issue(ctx, repo);
        Instant since = Lookups.since(ctx, "IssueComment");
        List<Comment> comments = repo.comments.values().stream()
                .filter(c -> c.issue == issue)
                .filter(c -> since == null || !c.updated.isBefore(since))
                .toList();
        return Reply.ok(render(repo, paging.page(ctx, comments)));
    }

    private Reply create(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        Issue issue = lookups.issue(ctx, repo);
        String body = requiredBody(ctx);
        Comment comment = world.newComment(repo, issue, actor, body);
        issue.comments++;
        issues.bump(repo, issue);
        webhooks.commentEvent(repo, comment, "created", actor, p -> { });
        ctx.header("Location", json.urls().repo(repo) + "/issues/comments/" + comment.id);
        return Reply.created(json.comment(repo, comment));
    }

    private Reply edit(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        Comment comment = lookups.comment(ctx, repo);
        String body = requiredBody(ctx);
        if (!body.equals(comment.body)) {
            ObjectNode changes = Representations.MAPPER.createObjectNode();
            changes.putObject("body").put("from", comment.body);
            comment.body = body;
            comment.updated = world.now();
            webhooks.commentEvent(repo, comment, "edited", actor, p -> p.set("changes", changes));
        }
        return Reply.ok(json.comment(repo, comment));
    }

    private Reply delete(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        Comment comment = lookups.comment(ctx, repo);
        repo.comments.remove(comment.id);
        comment.issue.comments--;
        webhooks.commentEvent(repo, comment, "deleted", actor, p -> { });
        return Reply.noContent();
    }

    private static String requiredBody(Context ctx) {
        JsonNode body = Bodies.parse(ctx.body());
        String text = Bodies.text(body, "body");
        if (text == null || text.isBlank()) throw ApiError.validation("IssueComment", "body", "missing_field", null, DOCS);
        return text;
    }

    private ArrayNode render(Repo repo, List<Comment> comments) {
        ArrayNode out = Representations.MAPPER.createArrayNode();
        for (Comment c : comments) out.add(json.comment(repo, c));
        return out;
    }
}
