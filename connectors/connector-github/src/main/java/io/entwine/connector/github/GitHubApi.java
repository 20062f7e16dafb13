package io.entwine.connector.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.connector.support.JsonResponse;
import io.entwine.connector.support.TrackerHttp;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls on the configured repository through {@link TrackerHttp}, plus the two things every caller needs:
 * following {@code Link: rel="next"} over all pages, and telling a deleted issue (GitHub answers 410 Gone)
 * from other refusals. Thread-safe.
 */
final class GitHubApi {
    static final int MAX_PER_PAGE = 100;

    private final TrackerHttp http;
    private final String repo;

    GitHubApi(TrackerHttp http, GitHubSettings settings) {
        this.http = http;
        this.repo = settings.repoPath();
    }

    TrackerHttp http() {
        return http;
    }

    /** {@code /repos/{owner}/{name}} followed by {@code suffix}. */
    String repo(String suffix) {
        return repo + suffix;
    }

    /** The path of issue {@code key}; a key that is not an issue number does not exist. */
    String issue(String key) {
        return repo + "/issues/" + number(key);
    }

    static int number(String key) {
        try {
            int number = Integer.parseInt(key == null ? "" : key.trim());
            if (number > 0) return number;
        } catch (NumberFormatException ignored) {
            // falls through to the not-found answer
        }
        throw new EntityNotFoundException(key, "GitHub issue keys are issue numbers; '" + key + "' is not one");
    }

    JsonNode get(String path) {
        return http.get(path).body();
    }

    /** Every item of a paged list, following {@code rel="next"} from {@code path}. */
    List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonResponse page = http.get(next);
            page.body().forEach(items::add);
            next = page.nextLink().orElse(null);
        }
        return items;
    }

    /**
     * Reads issue {@code key}. A deleted issue (410 Gone) and a pull request (the issues API serves both) are
     * reported as not found: neither is an issue this connector syncs.
     */
    JsonNode readIssue(String key) {
        JsonNode issue;
        try {
            issue = get(issue(key));
        } catch (EntityException e) {
            if (isGone(e)) throw new EntityNotFoundException(key, "GitHub issue " + key + " in " + repo + " was deleted (410)");
            throw e;
        }
        if (issue.has("pull_request")) {
            throw new EntityNotFoundException(key, "#" + key + " in " + repo + " is a pull request, not an issue");
        }
        return issue;
    }

    /**
     * TrackerHttp maps every 4xx other than 401/403/404 to an EntityException whose message carries the
     * status as {@code (410)}; the status is not exposed otherwise.
     */
    static boolean isGone(EntityException e) {
        return e.getMessage() != null && e.getMessage().contains("(410)");
    }
}
