package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A bare JDK HTTP client for the tests: Basic auth, JSON in and out, no retries. */
final class JiraHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, JsonNode body, HttpHeaders headers) {
        String text(String pointer) {
            return body.at(pointer).asText(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization;

    JiraHttp(String base, String email, String token) {
        this.base = base;
        this.authorization = email == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    static JiraHttp asDemo(JiraEmulator jira) {
        return new JiraHttp(jira.baseUrl(), JiraEmulator.DEFAULT_EMAIL, JiraEmulator.DEFAULT_API_TOKEN);
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, Object body) {
        return send("POST", path, body);
    }

    Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    Response delete(String path) {
        return send("DELETE", path, null);
    }

    Response send(String method, String path, Object body) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
                    .header("Accept", "application/json");
            if (text != null) request.header("Content-Type", "application/json");
            if (authorization != null) request.header("Authorization", authorization);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body() == null || response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), json, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** An ADF document with one paragraph of text. */
    static ObjectNode doc(String text) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("type", "doc");
        doc.put("version", 1);
        ObjectNode paragraph = doc.putArray("content").addObject();
        paragraph.put("type", "paragraph");
        ObjectNode t = paragraph.putArray("content").addObject();
        t.put("type", "text");
        t.put("text", text);
        return doc;
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Creates a DEMO task and returns its key. */
    String createIssue(String summary) {
        Response created = post("/rest/api/3/issue", json("{'fields':{'project':{'key':'DEMO'},'issuetype':{'name':'Task'},'summary':'"
                + summary + "'}}"));
        if (created.status() != 201) throw new IllegalStateException("create failed: " + created);
        return created.text("/key");
    }
}
