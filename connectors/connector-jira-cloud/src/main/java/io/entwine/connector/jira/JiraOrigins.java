package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

import static io.entwine.connector.support.origin.OriginMarker.PROPERTY_KEY;

/**
 * Origin markers on Jira: an entity property {@code entwine.origin = {"origin": KEY}} sent in the issue's and the
 * comment's create body (so it exists exactly when the entity does), found again through the enhanced search's
 * {@code properties} parameter (issues the API user created, newest first) and the comment list's
 * {@code expand=properties}. Thread-safe; the look-ups block on HTTP.
 */
final class JiraOrigins {
    /** Issues created since a lost answer are few; a bounded scan keeps the look-up cheap. */
    private static final int SEARCH_PAGE = 100;
    private static final int SEARCH_PAGES = 3;

    private final JiraApi api;

    JiraOrigins(JiraApi api) {
        this.api = api;
    }

    /** Adds the marker to an issue or comment create body. */
    static ObjectNode mark(ObjectNode createBody, String origin) {
        createBody.putArray("properties").addObject().put("key", PROPERTY_KEY).putObject("value").put("origin", origin);
        return createBody;
    }

    /** The key and id of the issue in {@code project} the API user created with {@code origin}. */
    Optional<JsonNode> issue(String project, String origin) {
        String token = null;
        for (int page = 0; page < SEARCH_PAGES; page++) {
            JsonNode answer = api.createdByMe(project, PROPERTY_KEY, token, SEARCH_PAGE);
            for (JsonNode issue : answer.path("issues")) {
                if (origin.equals(issue.path("properties").path(PROPERTY_KEY).path("origin").asText(null))) return Optional.of(issue);
            }
            token = answer.path("nextPageToken").asText(null);
            if (answer.path("isLast").asBoolean(true) || token == null) return Optional.empty();
        }
        return Optional.empty();
    }

    /** The comment on issue {@code key} added with {@code origin}. */
    Optional<JsonNode> comment(String key, String origin) {
        for (JsonNode comment : api.comments(key, "properties")) {
            for (JsonNode property : comment.path("properties")) {
                if (PROPERTY_KEY.equals(property.path("key").asText()) && origin.equals(property.path("value").path("origin").asText(null))) {
                    return Optional.of(comment);
                }
            }
        }
        return Optional.empty();
    }
}
