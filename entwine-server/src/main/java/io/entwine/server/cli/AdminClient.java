package io.entwine.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The admin commands' view of a node: its REST API, called with the admin token. Errors carry the node's own
 * message; a refused token says how to pass one.
 */
final class AdminClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    /** {@code token} may be null: the node then answers 401 to admin routes. */
    AdminClient(String nodeUrl, String token) {
        this.base = nodeUrl.endsWith("/") ? nodeUrl.substring(0, nodeUrl.length() - 1) : nodeUrl;
        this.token = token == null || token.isBlank() ? null : token.trim();
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
    }

    JsonNode delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), path);
    }

    JsonNode post(String path, JsonNode body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body.toString())), path);
    }

    JsonNode put(String path, JsonNode body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body.toString())), path);
    }

    static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            return node.toString();
        }
    }

    static ObjectMapper json() {
        return JSON;
    }

    private JsonNode send(HttpRequest.Builder request, String path) {
        try {
            if (token != null) request.header("Authorization", "Bearer " + token);
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                String hint = switch (response.statusCode()) {
                    case 401 -> token == null ? " (pass --token or set " + AdminOptions.TOKEN_ENV + ")" : "";
                    case 403 -> " (check --token or " + AdminOptions.TOKEN_ENV + ")";
                    default -> "";
                };
                throw new IllegalStateException("node answered " + response.statusCode() + " for " + path + ": "
                        + body.path("error").asText(response.body()) + hint);
            }
            return body;
        } catch (ConnectException e) {
            throw new IllegalStateException("no node reachable at " + base + " (is it running?)");
        } catch (IOException e) {
            throw new IllegalStateException("request to " + base + path + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
