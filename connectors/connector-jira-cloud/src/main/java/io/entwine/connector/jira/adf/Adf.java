package io.entwine.connector.jira.adf;

import com.fasterxml.jackson.databind.JsonNode;

/** Small accessors for ADF JSON that tolerate missing and mistyped fields. */
final class Adf {

    private Adf() {
    }

    static String type(JsonNode node) {
        return node.path("type").asText("");
    }

    /** The first of {@code fields} in {@code attrs} that holds non-blank text, or "". */
    static String firstText(JsonNode attrs, String... fields) {
        for (String field : fields) {
            JsonNode value = attrs.path(field);
            if (value.isValueNode() && !value.asText("").isBlank()) {
                return value.asText();
            }
        }
        return "";
    }

    /** The target of an inline or block card: {@code attrs.url}, else the url of its JSON-LD data. */
    static String cardUrl(JsonNode attrs) {
        String url = firstText(attrs, "url");
        return url.isEmpty() ? firstText(attrs.path("data"), "url") : url;
    }

    static String attachmentLabel(JsonNode attrs) {
        String name = firstText(attrs, "alt", "name", "id", "url");
        return "[attachment: " + (name.isEmpty() ? "file" : name) + "]";
    }
}
