package io.entwine.connector.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Someone using GitHub directly (not through the connector): plain REST calls with their own token. */
final class Human {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    Human(String base, String token) {
        this.base = base;
        this.token = token;
    }

    JsonNode post(String path, String json) { return send("POST", path, json); }
    JsonNode patch(String path, String json) { return send("PATCH", path, json); }
    JsonNode get(String path) { return send("GET", path, null); }
    JsonNode delete(String path) { return send("DELETE", path, null); }

    private JsonNode send(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            return response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object from alternating keys and values. */
    static String json(Object... keyValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) node.set((String) keyValues[i], JSON.valueToTree(keyValues[i + 1]));
        return node.toString();
    }
}
