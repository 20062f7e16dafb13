package io.entwine.connector.jira.adf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Test helpers to read ADF written as JSON text and to extract what a reader of Jira sees. */
final class AdfJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private AdfJson() {
    }

    static JsonNode json(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code doc} around the given comma-separated block nodes. */
    static JsonNode doc(String blocks) {
        return json("{\"type\":\"doc\",\"version\":1,\"content\":[" + blocks + "]}");
    }

    static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text node contents concatenated in document order. */
    static String visibleText(JsonNode node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        return text.toString();
    }

    private static void collectText(JsonNode node, StringBuilder text) {
        if ("text".equals(node.path("type").asText())) {
            text.append(node.path("text").asText());
        }
        for (JsonNode child : node.path("content")) {
            collectText(child, text);
        }
    }
}
