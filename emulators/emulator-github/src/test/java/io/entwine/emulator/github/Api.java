package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny GitHub client for the emulator's tests: real HTTP over java.net.http, answers parsed with Jackson. */
final class Api {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"(\\w+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization;
    private final String apiVersion;

    Api(String base, String authorization) {
        this(base, authorization, "2022-11-28");
    }

    private Api(String base, String authorization, String apiVersion) {
        this.base = base;
        this.authorization = authorization;
        this.apiVersion = apiVersion;
    }

    /** The same client sending another {@code X-GitHub-Api-Version} (null: none). */
    Api withApiVersion(String version) {
        return new Api(base, authorization, version);
    }

    static Api bearer(GitHubEmulator emulator, String token) {
        return new Api(emulator.baseUrl(), token == null ? null : "Bearer " + token);
    }

    record Answer(int status, HttpResponse<String> response, JsonNode json) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The URL of a {@code Link} relation (next, last, prev, first), or null. */
        String link(String rel) {
            String link = header("Link");
            if (link == null) return null;
            Matcher m = LINK.matcher(link);
            while (m.find()) if (m.group(2).equals(rel)) return m.group(1);
            return null;
        }
    }

    Answer get(String path) { return send("GET", path, null); }
    Answer post(String path, String json) { return send("POST", path, json); }
    Answer put(String path, String json) { return send("PUT", path, json); }
    Answer patch(String path, String json) { return send("PATCH", path, json); }
    Answer delete(String path) { return send("DELETE", path, null); }
    Answer delete(String path, String json) { return send("DELETE", path, json); }

    Answer send(String method, String pathOrUrl, String json) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/vnd.github+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) request.header("Content-Type", "application/json");
        if (apiVersion != null) request.header("X-GitHub-Api-Version", apiVersion);
        if (authorization != null) request.header("Authorization", authorization);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isEmpty() ? null : MAPPER.readTree(response.body());
            return new Answer(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows {@code rel="next"} from {@code path} and returns every item of every page. */
    List<JsonNode> all(String path) {
        List<JsonNode> out = new ArrayList<>();
        String next = path;
        while (next != null) {
            Answer page = get(next);
            if (page.status() != 200) throw new IllegalStateException("GET " + next + " answered " + page.status());
            page.json().forEach(out::add);
            next = page.link("next");
        }
        return out;
    }

    static String json(Object... keyValues) {
        var node = MAPPER.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) node.set((String) keyValues[i], MAPPER.valueToTree(keyValues[i + 1]));
        return node.toString();
    }
}
