package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.connector.support.TrackerHttp;

import java.util.ArrayList;
import java.util.List;

import static io.entwine.connector.support.TrackerHttp.encode;

/**
 * The Jira Cloud REST v3 calls the connector makes, by their real paths and shapes; answers stay JSON.
 * Paging of list endpoints is done here. Thread-safe; every method blocks on HTTP and fails with the
 * {@code io.entwine.api.errors} types {@link TrackerHttp} maps statuses to.
 */
final class JiraApi {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/api/3";
    private static final int COMMENT_PAGE = 100;

    private final TrackerHttp http;

    JiraApi(TrackerHttp http) {
        this.http = http;
    }

    /** The client every call goes through (rules' raw requests use it too). */
    TrackerHttp http() {
        return http;
    }

    JsonNode myself() {
        return http.get(API + "/myself").body();
    }

    /** {@code {cloudId}} of a Cloud site; served outside the REST API and without authentication. */
    JsonNode tenantInfo() {
        return http.get("/_edge/tenant_info").body();
    }

    JsonNode serverInfo() {
        return http.get(API + "/serverInfo").body();
    }

    JsonNode project(String key) {
        return http.get(API + "/project/" + encode(key)).body();
    }

    /** An issue with the given fields; {@code expand} may be null. */
    JsonNode issue(String key, String fields, String expand) {
        return http.get(API + "/issue/" + encode(key) + "?fields=" + encode(fields)
                + (expand == null ? "" : "&expand=" + encode(expand))).body();
    }

    /** Every comment of an issue, oldest first, read page by page. */
    List<JsonNode> comments(String key) {
        return comments(key, null);
    }

    /** Every comment of an issue, oldest first, with {@code expand} (e.g. {@code properties}; null: none). */
    List<JsonNode> comments(String key, String expand) {
        List<JsonNode> out = new ArrayList<>();
        while (true) {
            JsonNode page = http.get(API + "/issue/" + encode(key) + "/comment?orderBy=created&startAt=" + out.size()
                    + "&maxResults=" + COMMENT_PAGE + (expand == null ? "" : "&expand=" + encode(expand))).body();
            JsonNode comments = page.path("comments");
            comments.forEach(out::add);
            if (comments.isEmpty() || out.size() >= page.path("total").asInt(0)) return out;
        }
    }

    /** One page of an enhanced JQL search. */
    JsonNode search(String jql, String nextPageToken, int maxResults, List<String> fields) {
        ObjectNode body = JSON.createObjectNode();
        body.put("jql", jql);
        body.put("maxResults", maxResults);
        ArrayNode wanted = body.putArray("fields");
        fields.forEach(wanted::add);
        if (nextPageToken != null) body.put("nextPageToken", nextPageToken);
        return http.postReading(API + "/search/jql", body).body();
    }

    /** One page of issues the API user created in {@code project}, newest first, with the given issue property. */
    JsonNode createdByMe(String project, String propertyKey, String nextPageToken, int maxResults) {
        ObjectNode body = JSON.createObjectNode();
        body.put("jql", "project = \"" + project.replace("\"", "\\\"") + "\" AND creator = currentUser() ORDER BY created DESC");
        body.put("maxResults", maxResults);
        body.putArray("fields").add("id");
        body.putArray("properties").add(propertyKey);
        if (nextPageToken != null) body.put("nextPageToken", nextPageToken);
        return http.postReading(API + "/search/jql", body).body();
    }

    JsonNode createIssue(ObjectNode body) {
        return http.post(API + "/issue", body).body();
    }

    void editIssue(String key, ObjectNode body) {
        http.put(API + "/issue/" + encode(key), body);
    }

    /** Edits and returns the issue as it is afterwards ({@code returnIssue}), with the given expansion. */
    JsonNode editIssueReturning(String key, ObjectNode body, String expand) {
        return http.put(API + "/issue/" + encode(key) + "?returnIssue=true&expand=" + encode(expand), body).body();
    }

    /** Every field of the site, system and custom, with its schema. */
    JsonNode fields() {
        return http.get(API + "/field").body();
    }

    void transition(String key, String transitionId) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("transition").put("id", transitionId);
        http.post(API + "/issue/" + encode(key) + "/transitions", body);
    }

    JsonNode addComment(String key, ObjectNode body) {
        return http.post(API + "/issue/" + encode(key) + "/comment", body).body();
    }

    JsonNode editComment(String key, String commentId, ObjectNode body) {
        return http.put(API + "/issue/" + encode(key) + "/comment/" + encode(commentId), body).body();
    }

    void deleteComment(String key, String commentId) {
        http.delete(API + "/issue/" + encode(key) + "/comment/" + encode(commentId));
    }

    /** Deletes an issue with its sub-tasks (Jira refuses to delete a parent otherwise). */
    void deleteIssue(String key) {
        http.delete(API + "/issue/" + encode(key) + "?deleteSubtasks=true");
    }

    JsonNode userSearch(String query) {
        return http.get(API + "/user/search?query=" + encode(query)).body();
    }

    JsonNode statuses() {
        return http.get(API + "/status").body();
    }

    /** Every priority, read page by page. */
    List<JsonNode> priorities() {
        List<JsonNode> out = new ArrayList<>();
        while (true) {
            JsonNode page = http.get(API + "/priority/search?startAt=" + out.size() + "&maxResults=50").body();
            JsonNode values = page.path("values");
            values.forEach(out::add);
            if (values.isEmpty() || page.path("isLast").asBoolean(true)) return out;
        }
    }

    JsonNode issueTypes() {
        return http.get(API + "/issuetype").body();
    }

    JsonNode adminWebhooks() {
        return http.get("/rest/webhooks/1.0/webhook").body();
    }

    JsonNode registerAdminWebhook(ObjectNode body) {
        return http.post("/rest/webhooks/1.0/webhook", body).body();
    }
}
