package io.entwine.connector.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pulls the human-readable reason out of a tracker's error body, so the error the admin sees quotes the tracker.
 * Knows Jira ({@code errorMessages}, {@code errors} by field), GitHub ({@code message}, {@code errors} list) and
 * the common {@code error}/{@code error_description} shapes; falls back to the raw text.
 */
final class TrackerErrorMessages {

    private static final int MAX_RAW = 300;

    private TrackerErrorMessages() {
    }

    /** The tracker's reason, or {@code "no error message"} when the body is empty. */
    static String describe(JsonNode body, String rawBody) {
        List<String> messages = new ArrayList<>();
        if (body != null && body.isObject()) {
            collect(body, messages);
        } else if (body != null && body.isArray()) {
            body.forEach(element -> addText(element.path("message"), messages)); // Salesforce-style [{message,...}]
        }
        if (!messages.isEmpty()) {
            return String.join("; ", messages);
        }
        String raw = rawBody == null ? "" : rawBody.strip();
        if (raw.isEmpty()) {
            return "no error message";
        }
        return raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) + "..." : raw;
    }

    private static void collect(JsonNode body, List<String> messages) {
        addText(body.path("message"), messages);
        body.path("errorMessages").forEach(m -> addText(m, messages));
        JsonNode errors = body.path("errors");
        if (errors.isObject()) {
            for (Map.Entry<String, JsonNode> field : errors.properties()) {
                messages.add(field.getKey() + ": " + field.getValue().asText());
            }
        } else if (errors.isArray()) {
            errors.forEach(e -> messages.add(describeGithubError(e)));
        }
        addText(body.path("error"), messages);
        addText(body.path("error_description"), messages);
    }

    private static String describeGithubError(JsonNode error) {
        if (error.isTextual()) {
            return error.asText();
        }
        if (error.hasNonNull("message")) {
            return error.get("message").asText();
        }
        String where = String.join(".", nonEmpty(error.path("resource").asText(), error.path("field").asText()));
        String code = error.path("code").asText();
        return (where + " " + code).trim();
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                kept.add(part);
            }
        }
        return kept;
    }

    private static void addText(JsonNode node, List<String> messages) {
        if (node.isValueNode() && !node.isNull() && !node.asText().isBlank()) {
            messages.add(node.asText());
        }
    }
}
