package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Map;

/**
 * Entity properties as Jira's create bodies carry them ({@code "properties": [{"key": .., "value": ..}]}) and as
 * Jira renders them: an array of {@code {key, value}} on comments, an object {@code {key: value}} on search results.
 */
final class EntityProperties {
    private static final int MAX_KEY_LENGTH = 255;

    private EntityProperties() {
    }

    /** Stores the {@code properties} of a create body; a malformed entry is a 400 as in Jira. */
    static void read(JsonNode requestBody, Map<String, JsonNode> into) {
        JsonNode properties = requestBody.get("properties");
        if (properties == null || properties.isNull()) return;
        if (!properties.isArray()) throw JiraError.badRequest("properties must be an array of {key, value}");
        for (JsonNode p : properties) {
            String key = p.path("key").asText("");
            if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
                throw JiraError.badRequest("The property key must be between 1 and " + MAX_KEY_LENGTH + " characters long.");
            }
            if (!p.has("value")) throw JiraError.badRequest("The property '" + key + "' has no value.");
            into.put(key, p.get("value").deepCopy());
        }
    }

    static ArrayNode asArray(Map<String, JsonNode> properties) {
        ArrayNode out = JiraJson.MAPPER.createArrayNode();
        properties.forEach((k, v) -> out.addObject().put("key", k).set("value", v.deepCopy()));
        return out;
    }

    /** The wanted properties ({@code *all} for every one) as an object, as the search's {@code properties} parameter returns them. */
    static ObjectNode asObject(Map<String, JsonNode> properties, Collection<String> wanted) {
        ObjectNode out = JiraJson.MAPPER.createObjectNode();
        properties.forEach((k, v) -> {
            if (wanted.contains("*all") || wanted.contains(k)) out.set(k, v.deepCopy());
        });
        return out;
    }
}
