package io.entwine.connector.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.errors.EntityNotFoundException;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rules' raw requests ({@code httpClient}) through the connector's {@link TrackerHttp}: its credentials, rate-limit
 * waits and retries, and its refusal to send credentials to another host. A 404 comes back as a response; other
 * refusals are {@link TrackerHttp}'s errors. Stateless.
 */
public final class RawRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private RawRequests() {
    }

    public static TrackerHttpResponse send(TrackerHttp http, String method, String path, String jsonBody) {
        String verb = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(verb)) throw new IllegalArgumentException("httpClient cannot send '" + method + "'; use one of " + METHODS);
        if (path == null || path.isBlank() || path.contains("://")) {
            throw new IllegalArgumentException("httpClient paths are relative to the " + http.trackerName() + " base URL, got '" + path + "'");
        }
        JsonNode body = parse(jsonBody);
        try {
            JsonResponse response = http.send(verb, path, body);
            return new TrackerHttpResponse(response.status(), text(response.body()), response.headers().map());
        } catch (EntityNotFoundException nothingThere) {
            return new TrackerHttpResponse(404, "", Map.of());
        }
    }

    private static JsonNode parse(String jsonBody) {
        if (jsonBody == null) return null;
        try {
            return JSON.readTree(jsonBody);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("httpClient body is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode body) {
        if (body == null || body.isMissingNode()) return "";
        if (body.isTextual()) return body.textValue();
        return body.toString();
    }
}
