package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a repository as GitHub's {@code full-repository} ({@code GET /repos/{owner}/{repo}}); webhook
 * payloads carry the same object. Most URL templates are fixed strings on GitHub too.
 */
final class RepositoryRepresentation {
    private static final String[][] URL_TEMPLATES = {
            {"forks_url", "/forks"}, {"keys_url", "/keys{/key_id}"}, {"collaborators_url", "/collaborators{/collaborator}"},
            {"teams_url", "/teams"}, {"hooks_url", "/hooks"}, {"issue_events_url", "/issues/events{/number}"},
            {"events_url", "/events"}, {"assignees_url", "/assignees{/user}"}, {"branches_url", "/branches{/branch}"},
            {"tags_url", "/tags"}, {"blobs_url", "/git/blobs{/sha}"}, {"git_tags_url", "/git/tags{/sha}"},
            {"git_refs_url", "/git/refs{/sha}"}, {"trees_url", "/git/trees{/sha}"}, {"statuses_url", "/statuses/{sha}"},
            {"languages_url", "/languages"}, {"stargazers_url", "/stargazers"}, {"contributors_url", "/contributors"},
            {"subscribers_url", "/subscribers"}, {"subscription_url", "/subscription"}, {"commits_url", "/commits{/sha}"},
            {"git_commits_url", "/git/commits{/sha}"}, {"comments_url", "/comments{/number}"},
            {"issue_comment_url", "/issues/comments{/number}"}, {"contents_url", "/contents/{+path}"},
            {"compare_url", "/compare/{base}...{head}"}, {"merges_url", "/merges"}, {"archive_url", "/{archive_format}{/ref}"},
            {"downloads_url", "/downloads"}, {"issues_url", "/issues{/number}"}, {"pulls_url", "/pulls{/number}"},
            {"milestones_url", "/milestones{/number}"}, {"notifications_url", "/notifications{?since,all,participating}"},
            {"labels_url", "/labels{/name}"}, {"releases_url", "/releases{/id}"}, {"deployments_url", "/deployments"}};

    private final Representations json;

    RepositoryRepresentation(Representations json) {
        this.json = json;
    }

    ObjectNode repository(Repo repo) {
        return repository(repo, null);
    }

    /** The repository as {@code viewer} sees it ({@code permissions.admin}); null: as an admin. */
    ObjectNode repository(Repo repo, Account viewer) {
        Urls urls = json.urls();
        String api = urls.repo(repo);
        String html = urls.web() + "/" + repo.fullName();
        String host = urls.web().replaceFirst("^https?://", "");
        int openIssues = (int) repo.liveIssues().stream().filter(Issue::isOpen).count();
        ObjectNode n = Representations.MAPPER.createObjectNode();
        n.put("id", repo.id);
        n.put("node_id", Representations.nodeId("R_kgDO", repo.id));
        n.put("name", repo.name);
        n.put("full_name", repo.fullName());
        n.put("private", true);
        n.set("owner", json.simpleUser(repo.owner));
        n.put("html_url", html);
        n.putNull("description");
        n.put("fork", false);
        n.put("url", api);
        for (String[] t : URL_TEMPLATES) n.put(t[0], api + t[1]);
        n.put("created_at", Representations.time(repo.created));
        n.put("updated_at", Representations.time(repo.updated));
        n.put("pushed_at", Representations.time(repo.created));
        n.put("git_url", "git://" + host + "/" + repo.fullName() + ".git");
        n.put("ssh_url", "git@" + host + ":" + repo.fullName() + ".git");
        n.put("clone_url", html + ".git");
        n.put("svn_url", html);
        n.putNull("homepage");
        n.put("size", 0);
        n.put("stargazers_count", 0);
        n.put("watchers_count", 0);
        n.putNull("language");
        n.put("has_issues", true);
        n.put("has_projects", true);
        n.put("has_downloads", true);
        n.put("has_wiki", false);
        n.put("has_pages", false);
        n.put("has_discussions", false);
        n.put("forks_count", 0);
        n.putNull("mirror_url");
        n.put("archived", false);
        n.put("disabled", false);
        n.put("open_issues_count", openIssues);
        n.putNull("license");
        n.put("allow_forking", true);
        n.put("is_template", false);
        n.put("web_commit_signoff_required", false);
        n.putArray("topics");
        n.put("visibility", "private");
        n.put("forks", 0);
        n.put("open_issues", openIssues);
        n.put("watchers", 0);
        n.put("default_branch", "main");
        ObjectNode permissions = n.putObject("permissions");
        for (String p : new String[]{"admin", "maintain", "push", "triage", "pull"}) permissions.put(p, true);
        if (viewer != null && !repo.isAdmin(viewer)) permissions.put("admin", false);
        n.put("network_count", 0);
        n.put("subscribers_count", repo.collaborators.size());
        if (!repo.owner.isUser()) n.set("organization", json.simpleUser(repo.owner));
        return n;
    }
}
