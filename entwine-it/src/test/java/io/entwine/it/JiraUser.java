package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A person working in the emulated Jira through its REST v3 API. */
final class JiraUser {
    private final RestClient rest;

    JiraUser(String baseUrl) {
        this(baseUrl, "demo@example.com", "demo");
    }

    /** A person with their own account (the site must know {@code email} with API token {@code token}). */
    JiraUser(String baseUrl, String email, String token) {
        this.rest = new RestClient(baseUrl, basic(email, token));
    }

    /** The {@code Authorization} header value of Basic credentials. */
    static String basic(String email, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    RestClient rest() {
        return rest;
    }

    String create(String summary, String description, String priority, String... labels) {
        ObjectNode fields = RestClient.JSON.createObjectNode();
        fields.putObject("project").put("key", "DEMO");
        fields.putObject("issuetype").put("name", "Task");
        fields.put("summary", summary);
        if (description != null) fields.set("description", adf(description));
        if (priority != null) fields.putObject("priority").put("name", priority);
        ArrayNode l = fields.putArray("labels");
        for (String label : labels) l.add(label);
        ObjectNode body = RestClient.JSON.createObjectNode();
        body.set("fields", fields);
        return rest.post("/rest/api/3/issue", body).path("key").asText();
    }

    JsonNode issue(String key) {
        return rest.get("/rest/api/3/issue/" + key);
    }

    void edit(String key, ObjectNode fields) {
        ObjectNode body = RestClient.JSON.createObjectNode();
        body.set("fields", fields);
        rest.put("/rest/api/3/issue/" + key, body);
    }

    void setSummary(String key, String summary) {
        edit(key, RestClient.JSON.createObjectNode().put("summary", summary));
    }

    void setDescription(String key, String text) {
        ObjectNode f = RestClient.JSON.createObjectNode();
        f.set("description", adf(text));
        edit(key, f);
    }

    void setPriority(String key, String priority) {
        ObjectNode f = RestClient.JSON.createObjectNode();
        f.putObject("priority").put("name", priority);
        edit(key, f);
    }

    void setLabels(String key, String... labels) {
        ObjectNode f = RestClient.JSON.createObjectNode();
        ArrayNode l = f.putArray("labels");
        for (String label : labels) l.add(label);
        edit(key, f);
    }

    void assign(String key, String email) {
        String accountId = rest.get("/rest/api/3/user/search?query=" + email).get(0).path("accountId").asText();
        ObjectNode f = RestClient.JSON.createObjectNode();
        f.putObject("assignee").put("accountId", accountId);
        edit(key, f);
    }

    void transition(String key, String status) {
        for (JsonNode t : rest.get("/rest/api/3/issue/" + key + "/transitions").path("transitions")) {
            if (t.path("to").path("name").asText().equalsIgnoreCase(status)) {
                ObjectNode body = RestClient.JSON.createObjectNode();
                body.putObject("transition").put("id", t.path("id").asText());
                rest.post("/rest/api/3/issue/" + key + "/transitions", body);
                return;
            }
        }
        throw new IllegalArgumentException("no transition to " + status);
    }

    String comment(String key, String text) {
        ObjectNode body = RestClient.JSON.createObjectNode();
        body.set("body", adf(text));
        return rest.post("/rest/api/3/issue/" + key + "/comment", body).path("id").asText();
    }

    void editComment(String key, String id, String text) {
        ObjectNode body = RestClient.JSON.createObjectNode();
        body.set("body", adf(text));
        rest.put("/rest/api/3/issue/" + key + "/comment/" + id, body);
    }

    void deleteComment(String key, String id) {
        rest.delete("/rest/api/3/issue/" + key + "/comment/" + id);
    }

    /** Comment bodies as plain text (all text nodes of each ADF body). */
    List<String> commentTexts(String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : rest.get("/rest/api/3/issue/" + key + "/comment").path("comments")) out.add(text(c.path("body")));
        return out;
    }

    List<String> keys() {
        List<String> out = new ArrayList<>();
        for (JsonNode i : rest.get("/rest/api/3/search/jql?jql=project%20%3D%20DEMO%20ORDER%20BY%20key%20ASC&maxResults=100&fields=summary").path("issues")) {
            out.add(i.path("key").asText());
        }
        return out;
    }

    static String text(JsonNode adf) {
        StringBuilder sb = new StringBuilder();
        collect(adf, sb);
        return sb.toString();
    }

    private static void collect(JsonNode node, StringBuilder sb) {
        if (node.has("text")) sb.append(node.path("text").asText());
        for (JsonNode child : node.path("content")) {
            if (sb.length() > 0 && child.path("type").asText().equals("paragraph")) sb.append('\n');
            collect(child, sb);
        }
    }

    static ObjectNode adf(String text) {
        ObjectNode doc = RestClient.JSON.createObjectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (String para : text.split("\n\n")) {
            content.addObject().put("type", "paragraph").putArray("content").addObject().put("type", "text").put("text", para);
        }
        return doc;
    }
}
