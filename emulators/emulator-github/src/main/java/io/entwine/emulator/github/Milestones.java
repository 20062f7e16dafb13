package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * Milestones: each repository's list ({@code GET /repos/{o}/{r}/milestones}), the {@code milestone} of an issue
 * create or update (a milestone number, or null to remove it; an unknown number is a 422 as on GitHub), with the
 * {@code milestoned}/{@code demilestoned} webhook events and the {@code updated_at} bump, and the milestone object
 * of issue representations. Runs under the world lock.
 */
final class Milestones {
    private final GitHubWorld world;
    private final WebhookPublisher webhooks;
    private final Representations json;
    private final Map<Repo, List<Milestone>> byRepo = new HashMap<>();
    private final Map<Issue, Milestone> ofIssue = new HashMap<>();
    private long lastId = 9_204_100_000L;

    Milestones(GitHubWorld world, WebhookPublisher webhooks, Representations json) {
        this.world = world;
        this.webhooks = webhooks;
        this.json = json;
    }

    void register(RouteTable routes, Lookups lookups, Paging paging) {
        routes.get("/repos/{owner}/{repo}/milestones", (ctx, actor) -> list(ctx, lookups.repo(ctx), paging));
    }

    Milestone add(Repo repo, Account creator, String title) {
        List<Milestone> list = byRepo.computeIfAbsent(repo, r -> new ArrayList<>());
        for (Milestone m : list) if (m.title.equalsIgnoreCase(title)) throw new IllegalArgumentException("milestone " + title + " exists already");
        Milestone m = new Milestone(++lastId, list.size() + 1, title, null, creator, world.now());
        list.add(m);
        return m;
    }

    Milestone of(Issue issue) {
        return ofIssue.get(issue);
    }

    /** What a request's {@code milestone} asks for: absent (nothing to do), null (remove) or a milestone; 422 for an unknown one. */
    Change resolve(Repo repo, JsonNode body, String docs) {
        if (body == null || !body.has("milestone")) return null;
        JsonNode value = body.get("milestone");
        if (value.isNull()) return new Change(null);
        int number = value.isInt() ? value.asInt() : value.isTextual() && value.asText().matches("\\d+") ? Integer.parseInt(value.asText()) : -1;
        for (Milestone m : byRepo.getOrDefault(repo, List.of())) if (m.number == number) return new Change(m);
        throw ApiError.validation("Issue", "milestone", "invalid", value.asText(), docs);
    }

    record Change(Milestone milestone) {
    }

    /** Sets the issue's milestone; a real change bumps {@code updated_at} and announces it. */
    void apply(Repo repo, Issue issue, Account actor, Change change) {
        if (change == null) return;
        Milestone before = ofIssue.get(issue);
        if (before == change.milestone()) return;
        if (change.milestone() == null) ofIssue.remove(issue);
        else ofIssue.put(issue, change.milestone());
        issue.updated = world.now();
        repo.updated = issue.updated;
        if (before != null) webhooks.issueEvent(repo, issue, "demilestoned", actor, p -> p.set("milestone", render(repo, before)));
        if (change.milestone() != null) webhooks.issueEvent(repo, issue, "milestoned", actor, p -> p.set("milestone", render(repo, change.milestone())));
    }

    private Reply list(Context ctx, Repo repo, Paging paging) {
        String state = IssueRoutes.param(ctx, "state", "open");
        List<Milestone> matching = byRepo.getOrDefault(repo, List.of()).stream()
                .filter(m -> state.equals("all") || m.state.equals(state)).sorted(Comparator.comparingInt(m -> m.number)).toList();
        ArrayNode out = Representations.MAPPER.createArrayNode();
        for (Milestone m : paging.page(ctx, matching)) out.add(render(repo, m));
        return Reply.ok(out);
    }

    ObjectNode render(Repo repo, Milestone m) {
        ObjectNode n = Representations.MAPPER.createObjectNode();
        String url = json.urls().repo(repo) + "/milestones/" + m.number;
        n.put("url", url);
        n.put("html_url", json.urls().web() + "/" + repo.fullName() + "/milestone/" + m.number);
        n.put("labels_url", url + "/labels");
        n.put("id", m.id);
        n.put("node_id", Representations.nodeId("MI_kwDO", m.id));
        n.put("number", m.number);
        n.put("state", m.state);
        n.put("title", m.title);
        if (m.description == null) n.putNull("description");
        else n.put("description", m.description);
        n.set("creator", json.simpleUser(m.creator));
        long open = ofIssue.entrySet().stream().filter(e -> e.getValue() == m && e.getKey().isOpen()).count();
        long closed = ofIssue.entrySet().stream().filter(e -> e.getValue() == m && !e.getKey().isOpen()).count();
        n.put("open_issues", open);
        n.put("closed_issues", closed);
        n.put("created_at", Representations.time(m.created));
        n.put("updated_at", Representations.time(m.created));
        n.putNull("closed_at");
        n.putNull("due_on");
        return n;
    }
}
