package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reading request bodies and parameters the lenient way GitHub does (strings or numbers, names or objects). */
final class Bodies {
    private Bodies() {
    }

    /** The parsed JSON body; an empty body is an empty object; unparsable JSON answers 400 as GitHub does. */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) return Representations.MAPPER.createObjectNode();
        try {
            JsonNode node = Representations.MAPPER.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            throw ApiError.unparsableJson();
        }
    }

    /** A text field given as a string or a number (GitHub accepts an integer title); null when absent or null. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isTextual() || value.isNumber()) return value.asText();
        return null;
    }

    /** Names from an array of strings or of objects with a {@code name} (labels) or {@code login} (users). */
    static List<String> names(JsonNode array, String objectField) {
        List<String> out = new ArrayList<>();
        if (array == null || array.isNull()) return out;
        if (array.isTextual()) {
            out.add(array.asText());
            return out;
        }
        for (JsonNode item : array) {
            if (item.isTextual()) out.add(item.asText());
            else if (item.isObject() && item.hasNonNull(objectField)) out.add(item.get(objectField).asText());
        }
        return out;
    }
}
