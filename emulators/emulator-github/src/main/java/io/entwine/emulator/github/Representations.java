package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Renders the model in the shapes of GitHub's REST description ({@code simple-user}, {@code public-user},
 * {@code private-user}, {@code label}, {@code issue}, {@code issue-comment}, {@code hook}); webhook
 * payloads reuse the same objects, as GitHub's do.
 */
final class Representations {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final Supplier<Urls> urlSource;

    /** URLs come from a supplier because the emulator's port is known only once it has started. */
    Representations(Supplier<Urls> urlSource) {
        this.urlSource = urlSource;
    }

    private Milestones milestones;

    /** Lets issue representations show their milestone. */
    void milestones(Milestones milestones) {
        this.milestones = milestones;
    }

    Urls urls() {
        return urlSource.get();
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Opaque GraphQL-style node id, stable for the same kind and id. */
    static String nodeId(String prefix, long id) {
        return prefix + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("0:" + id).getBytes(StandardCharsets.US_ASCII));
    }

    ObjectNode simpleUser(Account a) {
        ObjectNode n = MAPPER.createObjectNode();
        String url = urls().user(a);
        n.put("login", a.login);
        n.put("id", a.id);
        n.put("node_id", nodeId(a.isUser() ? "U_kgDO" : "O_kgDO", a.id));
        n.put("avatar_url", "https://avatars.githubusercontent.com/u/" + a.id + "?v=4");
        n.put("gravatar_id", "");
        n.put("url", url);
        n.put("html_url", urls().web() + "/" + a.login);
        n.put("followers_url", url + "/followers");
        n.put("following_url", url + "/following{/other_user}");
        n.put("gists_url", url + "/gists{/gist_id}");
        n.put("starred_url", url + "/starred{/owner}{/repo}");
        n.put("subscriptions_url", url + "/subscriptions");
        n.put("organizations_url", url + "/orgs");
        n.put("repos_url", url + "/repos");
        n.put("events_url", url + "/events{/privacy}");
        n.put("received_events_url", url + "/received_events");
        n.put("type", a.type);
        n.put("user_view_type", "public");
        n.put("site_admin", false);
        return n;
    }

    /** {@code GET /users/{login}}: the public profile, with the public e-mail (null when hidden). */
    ObjectNode publicUser(Account a) {
        ObjectNode n = simpleUser(a);
        n.put("name", a.name);
        n.putNull("company");
        n.put("blog", "");
        n.putNull("location");
        n.put("email", a.email);
        n.putNull("hireable");
        n.putNull("bio");
        n.putNull("twitter_username");
        n.put("public_repos", 0);
        n.put("public_gists", 0);
        n.put("followers", 0);
        n.put("following", 0);
        n.put("created_at", time(a.created));
        n.put("updated_at", time(a.created));
        return n;
    }

    /** {@code GET /user}: the token owner's own, private view. */
    ObjectNode privateUser(Account a, int ownedPrivateRepos) {
        ObjectNode n = publicUser(a);
        n.put("user_view_type", "private");
        n.put("notification_email", a.email);
        n.put("private_gists", 0);
        n.put("total_private_repos", ownedPrivateRepos);
        n.put("owned_private_repos", ownedPrivateRepos);
        n.put("disk_usage", 0);
        n.put("collaborators", 0);
        n.put("two_factor_authentication", true);
        ObjectNode plan = n.putObject("plan");
        plan.put("name", "pro");
        plan.put("space", 976_562_499);
        plan.put("private_repos", 9999);
        plan.put("collaborators", 0);
        return n;
    }

    ObjectNode label(Repo repo, Label l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", l.id);
        n.put("node_id", nodeId("LA_kwDO", l.id));
        n.put("url", urls().label(repo, l));
        n.put("name", l.name);
        n.put("color", l.color);
        n.put("default", l.isDefault);
        n.put("description", l.description);
        return n;
    }

    ArrayNode labels(Repo repo, Iterable<Label> labels) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Label l : labels) out.add(label(repo, l));
        return out;
    }

    ObjectNode issue(Repo repo, Issue i) {
        ObjectNode n = MAPPER.createObjectNode();
        String url = urls().issue(repo, i);
        n.put("url", url);
        n.put("repository_url", urls().repo(repo));
        n.put("labels_url", url + "/labels{/name}");
        n.put("comments_url", url + "/comments");
        n.put("events_url", url + "/events");
        n.put("html_url", urls().issueHtml(repo, i));
        n.put("id", i.id);
        n.put("node_id", nodeId(i.pullRequest ? "PR_kwDO" : "I_kwDO", i.id));
        n.put("number", i.number);
        n.put("title", i.title);
        n.set("user", simpleUser(i.author));
        n.set("labels", labels(repo, i.labels));
        n.put("state", i.state);
        n.put("locked", false);
        if (i.assignees.isEmpty()) n.putNull("assignee");
        else n.set("assignee", simpleUser(i.assignees.get(0)));
        ArrayNode assignees = n.putArray("assignees");
        for (Account a : i.assignees) assignees.add(simpleUser(a));
        Milestone milestone = milestones == null ? null : milestones.of(i);
        if (milestone == null) n.putNull("milestone");
        else n.set("milestone", milestones.render(repo, milestone));
        n.put("comments", i.comments);
        n.put("created_at", time(i.created));
        n.put("updated_at", time(i.updated));
        n.put("closed_at", time(i.closedAt));
        n.put("author_association", repo.authorAssociation(i.author));
        n.putNull("active_lock_reason");
        if (i.pullRequest) {
            n.put("draft", false);
            ObjectNode pr = n.putObject("pull_request");
            String pullUrl = urls().repo(repo) + "/pulls/" + i.number;
            pr.put("url", pullUrl);
            pr.put("html_url", urls().issueHtml(repo, i));
            pr.put("diff_url", urls().issueHtml(repo, i) + ".diff");
            pr.put("patch_url", urls().issueHtml(repo, i) + ".patch");
            pr.putNull("merged_at");
        }
        n.put("body", i.body);
        n.set("reactions", reactions(url + "/reactions"));
        n.put("timeline_url", url + "/timeline");
        n.putNull("performed_via_github_app");
        n.put("state_reason", i.stateReason);
        ObjectNode subIssues = n.putObject("sub_issues_summary");
        subIssues.put("total", 0);
        subIssues.put("completed", 0);
        subIssues.put("percent_completed", 0);
        return n;
    }

    /** The single-issue answer (get, create, update): the listed shape plus {@code closed_by}, which lists and webhooks leave out. */
    ObjectNode issueDetail(Repo repo, Issue i) {
        ObjectNode n = issue(repo, i);
        if (i.closedBy == null) n.putNull("closed_by");
        else n.set("closed_by", simpleUser(i.closedBy));
        return n;
    }

    ObjectNode comment(Repo repo, Comment c) {
        ObjectNode n = MAPPER.createObjectNode();
        String url = urls().repo(repo) + "/issues/comments/" + c.id;
        n.put("url", url);
        n.put("html_url", urls().issueHtml(repo, c.issue) + "#issuecomment-" + c.id);
        n.put("issue_url", urls().issue(repo, c.issue));
        n.put("id", c.id);
        n.put("node_id", nodeId("IC_kwDO", c.id));
        n.set("user", simpleUser(c.author));
        n.put("created_at", time(c.created));
        n.put("updated_at", time(c.updated));
        n.put("author_association", repo.authorAssociation(c.author));
        n.put("body", c.body);
        n.set("reactions", reactions(url + "/reactions"));
        n.putNull("performed_via_github_app");
        return n;
    }

    ObjectNode hook(Repo repo, Hook h) {
        ObjectNode n = MAPPER.createObjectNode();
        String url = urls().repo(repo) + "/hooks/" + h.id;
        n.put("type", "Repository");
        n.put("id", h.id);
        n.put("name", "web");
        n.put("active", h.active);
        ArrayNode events = n.putArray("events");
        h.events.forEach(events::add);
        ObjectNode config = n.putObject("config");
        config.put("content_type", h.contentType);
        config.put("insecure_ssl", h.insecureSsl);
        config.put("url", h.url);
        // GitHub never shows a hook's secret again, only that there is one.
        if (h.secret != null) config.put("secret", "********");
        n.put("updated_at", time(h.updated));
        n.put("created_at", time(h.created));
        n.put("url", url);
        n.put("test_url", url + "/test");
        n.put("ping_url", url + "/pings");
        n.put("deliveries_url", url + "/deliveries");
        ObjectNode last = n.putObject("last_response");
        last.putNull("code");
        last.put("status", "unused");
        last.putNull("message");
        return n;
    }

    private static ObjectNode reactions(String url) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("url", url);
        n.put("total_count", 0);
        for (String kind : new String[]{"+1", "-1", "laugh", "hooray", "confused", "heart", "rocket", "eyes"}) n.put(kind, 0);
        return n;
    }
}
