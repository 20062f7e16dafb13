package io.entwine.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Seeds the demo trackers through their public REST APIs, exactly as a user with curl would, so the
 * seeded issues travel through the same webhooks and sweeps as any other change.
 */
public final class DemoSeeder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String jiraUrl;
    private final String githubUrl;

    public DemoSeeder(String jiraUrl, String githubUrl) {
        this.jiraUrl = jiraUrl;
        this.githubUrl = githubUrl;
    }

    public void seed() {
        String k1 = jiraIssue("Checkout fails for guest users", "Guest checkout returns **500** when the cart has a coupon.", "High", "checkout");
        jiraComment(k1, "Reproduced on staging with coupon `SPRING24`.");
        jiraIssue("Add dark mode to the settings page", "Users asked for a dark theme.\n\n- follow the OS setting\n- allow override", "Medium", "ui");
        jiraIssue("Upgrade the payment SDK", "The current SDK is deprecated at the end of the quarter.", "Low", "tech-debt");
        String n1 = githubIssue("Docs: broken link in README", "The *Getting started* link points to a removed page.", "documentation", "priority: Low");
        githubComment(n1, "Found two more broken links in CONTRIBUTING.md.");
        githubIssue("Crash when importing an empty CSV", "Steps:\n\n1. Import an empty file\n2. See the crash", "bug", "priority: High");
    }

    public String jiraIssue(String summary, String descriptionText, String priority, String label) {
        ObjectNode fields = JSON.createObjectNode();
        fields.putObject("project").put("key", Demo.JIRA_PROJECT);
        fields.putObject("issuetype").put("name", "Task");
        fields.put("summary", summary);
        fields.set("description", paragraph(descriptionText));
        fields.putObject("priority").put("name", priority);
        fields.putArray("labels").add(label);
        ObjectNode body = JSON.createObjectNode();
        body.set("fields", fields);
        return send(jiraUrl + "/rest/api/3/issue", "POST", body, jiraAuth()).path("key").asText();
    }

    public void jiraComment(String key, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.set("body", paragraph(text));
        send(jiraUrl + "/rest/api/3/issue/" + key + "/comment", "POST", body, jiraAuth());
    }

    public void jiraSetSummary(String key, String summary) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("fields").put("summary", summary);
        send(jiraUrl + "/rest/api/3/issue/" + key, "PUT", body, jiraAuth());
    }

    public String githubIssue(String title, String body, String... labels) {
        ObjectNode issue = JSON.createObjectNode().put("title", title).put("body", body);
        var array = issue.putArray("labels");
        for (String label : labels) array.add(label);
        return send(githubUrl + "/repos/" + Demo.GITHUB_REPOSITORY + "/issues", "POST", issue, "Bearer " + Demo.GITHUB_TOKEN)
                .path("number").asText();
    }

    public void githubComment(String number, String text) {
        send(githubUrl + "/repos/" + Demo.GITHUB_REPOSITORY + "/issues/" + number + "/comments", "POST",
                JSON.createObjectNode().put("body", text), "Bearer " + Demo.GITHUB_TOKEN);
    }

    /** Plain text as an ADF document (the demo's seed texts are simple enough for paragraphs). */
    private static ObjectNode paragraph(String text) {
        ObjectNode doc = JSON.createObjectNode().put("type", "doc").put("version", 1);
        var content = doc.putArray("content");
        for (String para : text.split("\n\n")) {
            ObjectNode p = content.addObject().put("type", "paragraph");
            p.putArray("content").addObject().put("type", "text").put("text", para);
        }
        return doc;
    }

    private static String jiraAuth() {
        return "Basic " + Base64.getEncoder().encodeToString((Demo.JIRA_EMAIL + ":" + Demo.JIRA_TOKEN).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode send(String url, String method, JsonNode body, String auth) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", auth).header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
