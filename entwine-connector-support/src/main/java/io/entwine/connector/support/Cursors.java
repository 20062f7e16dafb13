package io.entwine.connector.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.api.errors.ConfigException;

import java.io.IOException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opaque polling cursors: a small map of strings (watermark, page token, ...) as base64url JSON, so the engine
 * can store a connector's position without understanding it. Stateless and thread-safe.
 */
public final class Cursors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 40;

    private Cursors() {
    }

    /** The cursor for {@code values} (kept in iteration order). */
    public static String encode(Map<String, String> values) {
        try {
            byte[] json = JSON.writeValueAsBytes(new LinkedHashMap<>(values));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cursor values cannot be written as JSON", e);
        }
    }

    /**
     * The values of a cursor made by {@link #encode}; an empty map for a null or blank cursor (no position yet).
     *
     * @throws ConfigException when the cursor was not made by {@link #encode} (corrupted or hand-edited)
     */
    public static Map<String, String> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Map.of();
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(cursor.strip()));
        } catch (IllegalArgumentException | IOException e) {
            throw malformed(cursor, "not base64url JSON");
        }
        if (node == null || !node.isObject()) {
            throw malformed(cursor, "not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isTextual()) {
                throw malformed(cursor, "value of '" + field.getKey() + "' is not a string");
            }
            values.put(field.getKey(), field.getValue().textValue());
        }
        return Collections.unmodifiableMap(values);
    }

    private static ConfigException malformed(String cursor, String why) {
        String shown = cursor.length() > SHOWN ? cursor.substring(0, SHOWN) + "..." : cursor;
        return new ConfigException("malformed polling cursor '" + shown + "': " + why);
    }
}
