package io.entwine.it;

import io.entwine.connector.support.origin.OriginMarker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** A person working in the emulated GitHub through its REST API. */
final class GitHubUser {
    private static final String REPO = "/repos/acme/demo";
    private final RestClient rest;

    GitHubUser(String baseUrl) {
        this(baseUrl, "demo");
    }

    /** A person with their own token (the emulator must map it to a user). */
    GitHubUser(String baseUrl, String token) {
        this.rest = new RestClient(baseUrl, "Bearer " + token);
    }

    RestClient rest() {
        return rest;
    }

    String create(String title, String body, String... labels) {
        ObjectNode issue = RestClient.JSON.createObjectNode().put("title", title);
        if (body != null) issue.put("body", body);
        ArrayNode l = issue.putArray("labels");
        for (String label : labels) l.add(label);
        return rest.post(REPO + "/issues", issue).path("number").asText();
    }

    /** The issue as a person sees it: the sync's hidden origin marker (an HTML comment) is not rendered. */
    JsonNode issue(String number) {
        JsonNode issue = rest.get(REPO + "/issues/" + number);
        if (issue instanceof ObjectNode o && o.hasNonNull("body")) o.put("body", OriginMarker.strip(o.path("body").asText()));
        return issue;
    }

    void patch(String number, ObjectNode fields) {
        rest.patch(REPO + "/issues/" + number, fields);
    }

    void setTitle(String number, String title) {
        patch(number, RestClient.JSON.createObjectNode().put("title", title));
    }

    void setBody(String number, String body) {
        patch(number, RestClient.JSON.createObjectNode().put("body", body));
    }

    void setLabels(String number, String... labels) {
        ObjectNode f = RestClient.JSON.createObjectNode();
        ArrayNode l = f.putArray("labels");
        for (String label : labels) l.add(label);
        patch(number, f);
    }

    void assign(String number, String... logins) {
        ObjectNode f = RestClient.JSON.createObjectNode();
        ArrayNode l = f.putArray("assignees");
        for (String login : logins) l.add(login);
        patch(number, f);
    }

    void close(String number) {
        patch(number, RestClient.JSON.createObjectNode().put("state", "closed").put("state_reason", "completed"));
    }

    void reopen(String number) {
        patch(number, RestClient.JSON.createObjectNode().put("state", "open"));
    }

    String comment(String number, String text) {
        return rest.post(REPO + "/issues/" + number + "/comments", RestClient.JSON.createObjectNode().put("body", text)).path("id").asText();
    }

    void editComment(String id, String text) {
        rest.patch(REPO + "/issues/comments/" + id, RestClient.JSON.createObjectNode().put("body", text));
    }

    void deleteComment(String id) {
        rest.delete(REPO + "/issues/comments/" + id);
    }

    List<String> commentBodies(String number) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : rest.get(REPO + "/issues/" + number + "/comments?per_page=100")) out.add(String.valueOf(OriginMarker.strip(c.path("body").asText())));
        return out;
    }

    List<String> labels(String number) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : issue(number).path("labels")) out.add(l.path("name").asText());
        return out;
    }

    List<String> numbers() {
        List<String> out = new ArrayList<>();
        for (JsonNode i : rest.get(REPO + "/issues?state=all&per_page=100&sort=created&direction=asc")) out.add(i.path("number").asText());
        return out;
    }
}
