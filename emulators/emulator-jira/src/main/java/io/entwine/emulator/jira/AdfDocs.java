package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The little the emulator needs to know about the Atlassian Document Format: whether a value is a
 * document ({@code {"type":"doc","version":1,"content":[nodes with a type]}}) and its plain text
 * (used for changelog strings). Documents are stored exactly as clients send them.
 */
final class AdfDocs {
    static final String NOT_A_DOCUMENT = "Operation value must be an Atlassian Document (see the Atlassian Document Format)";

    private AdfDocs() {
    }

    static boolean isDocument(JsonNode node) {
        if (node == null || !node.isObject()) return false;
        if (!"doc".equals(node.path("type").asText(null)) || node.path("version").asInt(-1) != 1) return false;
        JsonNode content = node.get("content");
        if (content == null || !content.isArray()) return false;
        for (JsonNode child : content) if (!validNode(child)) return false;
        return true;
    }

    private static boolean validNode(JsonNode node) {
        if (!node.isObject() || !node.path("type").isTextual()) return false;
        JsonNode content = node.get("content");
        if (content == null) return true;
        if (!content.isArray()) return false;
        for (JsonNode child : content) if (!validNode(child)) return false;
        return true;
    }

    /** The document's text, block nodes separated by newlines; null for no document. */
    static String plainText(JsonNode doc) {
        if (doc == null || doc.isNull()) return null;
        StringBuilder out = new StringBuilder();
        appendText(doc, out);
        return out.toString().strip();
    }

    private static void appendText(JsonNode node, StringBuilder out) {
        if (node.path("type").asText().equals("text")) out.append(node.path("text").asText());
        if (node.path("type").asText().equals("hardBreak")) out.append('\n');
        for (JsonNode child : node.path("content")) appendText(child, out);
        if (node.has("content") && !node.path("type").asText().equals("doc") && isBlock(node)) out.append('\n');
    }

    private static boolean isBlock(JsonNode node) {
        return switch (node.path("type").asText()) {
            case "paragraph", "heading", "codeBlock", "listItem", "blockquote", "rule", "tableRow" -> true;
            default -> false;
        };
    }
}
