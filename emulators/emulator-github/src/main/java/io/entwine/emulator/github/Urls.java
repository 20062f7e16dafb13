package io.entwine.emulator.github;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the emulated API and web UI live. On github.com these are {@code https://api.github.com} and
 * {@code https://github.com}; the emulator serves the API at its own base URL and uses the same base for
 * browse links ({@code {web}/{owner}/{repo}/issues/{number}}).
 */
record Urls(String api, String web) {

    String repo(Repo repo) {
        return api + "/repos/" + repo.fullName();
    }

    String issue(Repo repo, Issue issue) {
        return repo(repo) + "/issues/" + issue.number;
    }

    String issueHtml(Repo repo, Issue issue) {
        return web + "/" + repo.fullName() + (issue.pullRequest ? "/pull/" : "/issues/") + issue.number;
    }

    String user(Account account) {
        return api + "/users/" + account.login;
    }

    String label(Repo repo, Label label) {
        return repo(repo) + "/labels/" + URLEncoder.encode(label.name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
