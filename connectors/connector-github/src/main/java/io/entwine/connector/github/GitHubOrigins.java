package io.entwine.connector.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.connector.support.JsonResponse;
import io.entwine.connector.support.TrackerHttp;
import io.entwine.connector.support.origin.OriginMarker;

import java.util.Optional;

/**
 * Finds what this integration created with an origin marker ({@link OriginMarker} in the body): issues through the
 * repository's issue list filtered by {@code creator} (the integration user), newest first, a bounded number of
 * pages; comments through the issue's comment list. Stateless; blocks on HTTP.
 */
final class GitHubOrigins {
    private static final int PAGES = 3;

    private GitHubOrigins() {
    }

    static Optional<JsonNode> issue(GitHubApi api, String creatorLogin, String origin) {
        String next = api.repo("/issues?state=all&creator=" + TrackerHttp.encode(creatorLogin)
                + "&sort=created&direction=desc&per_page=" + GitHubApi.MAX_PER_PAGE);
        for (int page = 0; page < PAGES && next != null; page++) {
            JsonResponse answer = api.http().get(next);
            for (JsonNode issue : answer.body()) {
                if (!issue.has("pull_request") && marked(issue, origin)) return Optional.of(issue);
            }
            next = answer.nextLink().orElse(null);
        }
        return Optional.empty();
    }

    static Optional<JsonNode> comment(GitHubApi api, String key, String origin) {
        for (JsonNode comment : api.all(api.issue(key) + "/comments?per_page=" + GitHubApi.MAX_PER_PAGE)) {
            if (marked(comment, origin)) return Optional.of(comment);
        }
        return Optional.empty();
    }

    private static boolean marked(JsonNode item, String origin) {
        return OriginMarker.originOf(item.path("body").asText(null)).filter(origin::equals).isPresent();
    }
}
