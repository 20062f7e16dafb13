package io.entwine.connector.jira.adf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the structural rules of the ADF JSON schema that Jira Cloud enforces, for the subset the
 * converter writes: allowed children per node, required attrs, non-empty text, marks only on text,
 * {@code code} only with {@code link}, list items starting with a paragraph or code block.
 */
final class AdfValidator {

    private static final Set<String> INLINE = Set.of("text", "hardBreak");
    private static final Set<String> LIST_CONTENT = Set.of("paragraph", "bulletList", "orderedList", "codeBlock");
    private static final Map<String, Set<String>> CHILDREN = Map.ofEntries(
            Map.entry("doc", Set.of("paragraph", "heading", "bulletList", "orderedList", "blockquote",
                    "codeBlock", "rule", "table")),
            Map.entry("paragraph", INLINE),
            Map.entry("heading", INLINE),
            Map.entry("bulletList", Set.of("listItem")),
            Map.entry("orderedList", Set.of("listItem")),
            Map.entry("listItem", LIST_CONTENT),
            Map.entry("blockquote", LIST_CONTENT),
            Map.entry("codeBlock", Set.of("text")),
            Map.entry("table", Set.of("tableRow")),
            Map.entry("tableRow", Set.of("tableHeader", "tableCell")),
            Map.entry("tableHeader", Set.of("paragraph")),
            Map.entry("tableCell", Set.of("paragraph")),
            Map.entry("rule", Set.of()),
            Map.entry("hardBreak", Set.of()),
            Map.entry("text", Set.of()));
    private static final Set<String> NEEDS_CONTENT = Set.of("bulletList", "orderedList", "listItem", "blockquote",
            "table", "tableRow", "tableHeader", "tableCell");
    private static final Set<String> MARKS = Set.of("link", "em", "strong", "strike", "code");

    private final List<String> problems = new ArrayList<>();

    private AdfValidator() {
    }

    /** Returns the rule violations found, each naming the JSON path; empty when the document is valid. */
    static List<String> problems(JsonNode doc) {
        AdfValidator validator = new AdfValidator();
        if (!"doc".equals(doc.path("type").asText()) || doc.path("version").asInt(-1) != 1
                || !doc.path("content").isArray()) {
            validator.problems.add("$: root must be {type: doc, version: 1, content: [...]}");
        }
        validator.node(doc, "$", "");
        return validator.problems;
    }

    private void node(JsonNode node, String path, String parentType) {
        String type = node.path("type").asText("");
        Set<String> allowed = CHILDREN.get(type);
        if (allowed == null) {
            problems.add(path + ": unexpected node type '" + type + "'");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean known = name.equals("type") || name.equals("content") && !type.equals("text")
                    || name.equals("attrs") || name.equals("text") && type.equals("text")
                    || name.equals("marks") && type.equals("text") || name.equals("version") && type.equals("doc");
            if (!known) {
                problems.add(path + ": field '" + name + "' not allowed on " + type);
            }
        }
        attrs(node, type, path);
        if (type.equals("text")) {
            text(node, path, parentType.equals("codeBlock"));
            return;
        }
        JsonNode content = node.path("content");
        if (NEEDS_CONTENT.contains(type) && content.isEmpty()) {
            problems.add(path + ": " + type + " needs at least one child");
        }
        int index = 0;
        for (JsonNode child : content) {
            String childType = child.path("type").asText("");
            String childPath = path + ".content[" + index + "]";
            if (!allowed.contains(childType)) {
                problems.add(childPath + ": " + childType + " not allowed in " + type);
            }
            if (type.equals("listItem") && index == 0 && !Set.of("paragraph", "codeBlock").contains(childType)) {
                problems.add(childPath + ": a listItem must start with a paragraph or codeBlock");
            }
            node(child, childPath, type);
            index++;
        }
    }

    private void attrs(JsonNode node, String type, String path) {
        JsonNode attrs = node.path("attrs");
        switch (type) {
            case "heading" -> {
                int level = attrs.path("level").asInt(0);
                if (!attrs.path("level").isInt() || level < 1 || level > 6) {
                    problems.add(path + ": heading.attrs.level must be 1..6");
                }
            }
            case "orderedList" -> {
                if (!attrs.isMissingNode() && (!attrs.path("order").isInt() || attrs.path("order").asInt() < 0)) {
                    problems.add(path + ": orderedList.attrs.order must be an integer >= 0");
                }
            }
            case "codeBlock" -> {
                if (!attrs.isMissingNode() && !attrs.path("language").isTextual()) {
                    problems.add(path + ": codeBlock.attrs.language must be text");
                }
            }
            case "table" -> {
                if (!attrs.isMissingNode() && !attrs.path("isNumberColumnEnabled").isBoolean()) {
                    problems.add(path + ": table.attrs.isNumberColumnEnabled must be boolean");
                }
            }
            default -> {
                if (!attrs.isMissingNode()) {
                    problems.add(path + ": " + type + " takes no attrs here");
                }
            }
        }
    }

    private void text(JsonNode node, String path, boolean inCode) {
        if (!node.path("text").isTextual() || node.path("text").asText().isEmpty()) {
            problems.add(path + ": text must be a non-empty string");
        }
        JsonNode marks = node.path("marks");
        if (marks.isMissingNode()) {
            return;
        }
        if (inCode || marks.isEmpty()) {
            problems.add(path + ": " + (inCode ? "no marks allowed in codeBlock" : "marks must not be empty"));
        }
        Set<String> seen = new TreeSet<>();
        for (JsonNode mark : marks) {
            String type = mark.path("type").asText("");
            if (!MARKS.contains(type) || !seen.add(type)) {
                problems.add(path + ": unknown or repeated mark '" + type + "'");
            }
            if (type.equals("link") && mark.path("attrs").path("href").asText("").isEmpty()) {
                problems.add(path + ": link mark needs attrs.href");
            }
        }
        if (seen.contains("code") && !Set.of("link", "code").containsAll(seen)) {
            problems.add(path + ": code can only be combined with link, got " + seen);
        }
    }
}
