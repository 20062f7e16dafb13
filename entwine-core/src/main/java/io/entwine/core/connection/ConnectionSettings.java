package io.entwine.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.api.errors.ConfigException;

/**
 * This side's settings of a connection, kept as JSON on the connection row so they can grow.
 * {@code syncAll}: every entity in the connector's scope (its project or repository) is under sync.
 */
public record ConnectionSettings(boolean syncAll) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ConnectionSettings defaults() {
        return new ConnectionSettings(true);
    }

    public String toJson() {
        return JSON.createObjectNode().put("syncAll", syncAll).toString();
    }

    public static ConnectionSettings fromJson(String json) {
        if (json == null || json.isBlank()) return defaults();
        try {
            JsonNode n = JSON.readTree(json);
            return new ConnectionSettings(n.path("syncAll").asBoolean(true));
        } catch (Exception e) {
            throw new ConfigException("connection settings are not valid JSON: " + e.getMessage());
        }
    }
}
