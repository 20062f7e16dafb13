package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Issues and assignees: list (state, labels, assignee, creator, since, sort, direction, paging), create,
 * get, update, add/remove assignees, list assignable users.
 */
final class IssueRoutes {
    private static final String REPO = "/repos/{owner}/{repo}";
    private static final String ISSUE = REPO + "/issues/{issue_number}";

    private final Lookups lookups;
    private final IssueChanges changes;
    private final Representations json;
    private final Paging paging;
    private final Milestones milestones;

    IssueRoutes(Lookups lookups, IssueChanges changes, Representations json, Paging paging, Milestones milestones) {
        this.lookups = lookups;
        this.changes = changes;
        this.json = json;
        this.paging = paging;
        this.milestones = milestones;
    }

    void register(RouteTable routes) {
        routes.get(REPO + "/issues", this::list);
        routes.post(REPO + "/issues", this::create);
        routes.get(ISSUE, (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            return Reply.ok(json.issueDetail(repo, lookups.issue(ctx, repo)));
        });
        routes.patch(ISSUE, this::update);
        routes.post(ISSUE + "/assignees", (ctx, actor) -> assignees(ctx, actor, true));
        routes.delete(ISSUE + "/assignees", (ctx, actor) -> assignees(ctx, actor, false));
        routes.get(REPO + "/assignees", (ctx, actor) -> {
            Repo repo = lookups.repo(ctx);
            ArrayNode out = Representations.MAPPER.createArrayNode();
            for (Account a : paging.page(ctx, repo.assignableUsers())) out.add(json.simpleUser(a));
            return Reply.ok(out);
        });
    }

    private Reply list(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        String state = param(ctx, "state", "open");
        if (!List.of("open", "closed", "all").contains(state)) {
            throw ApiError.validation("Issue", "state", "invalid", state, ApiError.DOCS);
        }
        Predicate<Issue> filter = i -> state.equals("all") || i.state.equals(state);
        Instant since = Lookups.since(ctx, "Issue");
        if (since != null) filter = filter.and(i -> !i.updated.isBefore(since));
        String labels = ctx.queryParam("labels");
        if (labels != null && !labels.isBlank()) {
            List<String> names = Arrays.stream(labels.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            filter = filter.and(i -> names.stream().allMatch(i::hasLabel));
        }
        String assignee = ctx.queryParam("assignee");
        if (assignee != null && !assignee.isBlank()) filter = filter.and(assigneeFilter(assignee));
        String creator = ctx.queryParam("creator");
        if (creator != null && !creator.isBlank()) filter = filter.and(i -> i.author.login.equalsIgnoreCase(creator));

        List<Issue> matching = repo.liveIssues().stream().filter(filter).sorted(order(ctx)).toList();
        ArrayNode out = Representations.MAPPER.createArrayNode();
        for (Issue i : paging.page(ctx, matching)) out.add(json.issue(repo, i));
        return Reply.ok(out);
    }

    private Reply create(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        JsonNode body = Bodies.parse(ctx.body());
        List<String> assignees = Bodies.names(body.get("assignees"), "login");
        String single = Bodies.text(body, "assignee");
        if (single != null && assignees.isEmpty()) assignees = List.of(single);
        Milestones.Change milestone = milestones.resolve(repo, body, IssueChanges.CREATE_DOCS);
        Issue issue = changes.create(repo, actor, Bodies.text(body, "title"), Bodies.text(body, "body"),
                Bodies.names(body.get("labels"), "name"), assignees, false);
        milestones.apply(repo, issue, actor, milestone);
        ctx.header("Location", json.urls().issue(repo, issue));
        return Reply.created(json.issueDetail(repo, issue));
    }

    private Reply update(Context ctx, Account actor) {
        Repo repo = lookups.repo(ctx);
        Issue issue = lookups.issue(ctx, repo);
        JsonNode body = Bodies.parse(ctx.body());
        List<String> assignees = body.has("assignees") ? Bodies.names(body.get("assignees"), "login") : null;
        if (assignees == null && body.has("assignee")) {
            String single = Bodies.text(body, "assignee");
            assignees = single == null ? List.of() : List.of(single);
        }
        IssuePatch patch = new IssuePatch(Bodies.text(body, "title"), body.has("body"), Bodies.text(body, "body"),
                Bodies.text(body, "state"), Bodies.text(body, "state_reason"),
                body.has("labels") ? Bodies.names(body.get("labels"), "name") : null, assignees);
        Milestones.Change milestone = milestones.resolve(repo, body, IssueChanges.UPDATE_DOCS);
        changes.update(repo, issue, actor, patch);
        milestones.apply(repo, issue, actor, milestone);
        return Reply.ok(json.issueDetail(repo, issue));
    }

    private Reply assignees(Context ctx, Account actor, boolean add) {
        Repo repo = lookups.repo(ctx);
        Issue issue = lookups.issue(ctx, repo);
        JsonNode body = Bodies.parse(ctx.body());
        changes.applyAssignees(repo, issue, actor, Bodies.names(body.get("assignees"), "login"), add);
        return new Reply(add ? 201 : 200, json.issueDetail(repo, issue).toString());
    }

    private static Predicate<Issue> assigneeFilter(String assignee) {
        if (assignee.equals("none")) return i -> i.assignees.isEmpty();
        if (assignee.equals("*")) return i -> !i.assignees.isEmpty();
        return i -> i.assignees.stream().anyMatch(a -> a.login.equalsIgnoreCase(assignee));
    }

    /** GitHub's orders: {@code sort} created (default), updated or comments; {@code direction} desc by default; ties by number. */
    static Comparator<Issue> order(Context ctx) {
        String sort = param(ctx, "sort", "created");
        Comparator<Issue> order = switch (sort) {
            case "updated" -> Comparator.comparing((Issue i) -> i.updated);
            case "comments" -> Comparator.comparingInt((Issue i) -> i.comments);
            default -> Comparator.comparing((Issue i) -> i.created);
        };
        order = order.thenComparingInt(i -> i.number);
        return "asc".equals(ctx.queryParam("direction")) ? order : order.reversed();
    }

    static String param(Context ctx, String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
