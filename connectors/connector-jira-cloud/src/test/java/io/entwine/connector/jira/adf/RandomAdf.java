package io.entwine.connector.jira.adf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates random ADF documents from a seeded {@link Random}.
 * <ul>
 *   <li>{@link Mode#CANONICAL}: the supported subset exactly as the converter writes it (merged text,
 *       no whitespace at emphasis edges or line ends, header rows...), so it must survive a round trip;</li>
 *   <li>{@link Mode#FORMATTING_NOISE}: the same content with formatting Markdown cannot keep (extra
 *       marks, split text nodes, whitespace at mark edges); its visible text must survive;</li>
 *   <li>{@link Mode#ANY}: everything, including ADF-only and unknown nodes and invalid nesting.</li>
 * </ul>
 */
final class RandomAdf {

    enum Mode { CANONICAL, FORMATTING_NOISE, ANY }

    static final String[] TOKENS = {
        "alpha", "beta", "gamma", "x", "Ünïcödé", "日本語", "😀", "42", "3.14",
        "*", "**", "_", "__", "`", "``", "~", "~~", "[", "]", "[x]", "[ ]", "(", ")", "<", ">", "<b>", "</b>",
        "<br>", "<div>", "<!--", "-->", "&", "&amp;", "&#35;", "&copy;", "#", "##", "!", "![", "\\", "\\*",
        "|", "-", "---", "+", "=", "===", "1.", "2)", ":", ":-:", "http://ex.com/a_b", "a@b.co", "{", "}",
        "^", "\"", "'", "$", "%", "\u00a0", "\t", "  ", ".", ",", "?", "@alice", ":smile:"
    };
    private static final String[] HREFS = {
        "http://example.com", "https://x.y/a_b*c?q=1&r=2", "mailto:a@b.co", "http://x/(paren)",
        "http://x/with space", "/relative/path", "http://x/&amp;", "https://jira.example/browse/K-1", "http://ex.com/a_b"
    };
    private static final String[] LANGUAGES = {"java", "js", "c++", "objective-c", "sh", "x`y", "a\\b", "&amp;"};
    private static final String[] EXTRA_MARKS = {"underline", "textColor", "subsup", "annotation", "futureMark"};

    private final Random random;
    private final Mode mode;
    private final JsonNodeFactory json = JsonNodeFactory.instance;

    RandomAdf(Random random, Mode mode) {
        this.random = random;
        this.mode = mode;
    }

    ObjectNode doc() {
        ObjectNode doc = json.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        int blocks = random.nextInt(6);
        for (int i = 0; i < blocks; i++) {
            content.add(docBlock(0));
        }
        return doc;
    }

    private ObjectNode docBlock(int depth) {
        if (mode == Mode.ANY && chance(0.25)) {
            return adfOnlyBlock(depth);
        }
        int pick = random.nextInt(100);
        if (pick < 35) {
            return paragraph(true);
        } else if (pick < 45) {
            return heading();
        } else if (pick < 57) {
            return list("bulletList", depth);
        } else if (pick < 67) {
            return list("orderedList", depth);
        } else if (pick < 75) {
            return blockquote(depth);
        } else if (pick < 85) {
            return codeBlock();
        } else if (pick < 90) {
            return node("rule");
        }
        return table();
    }

    /** Blocks allowed inside list items and blockquotes (plus anything in ANY mode). */
    private ObjectNode nestedBlock(int depth) {
        if (mode == Mode.ANY && chance(0.2)) {
            return docBlock(depth + 1);
        }
        int pick = random.nextInt(10);
        if (pick < 5 || depth >= 3) {
            return pick < 8 ? paragraph(true) : codeBlock();
        }
        return pick < 7 ? list(pick < 6 ? "bulletList" : "orderedList", depth + 1) : codeBlock();
    }

    private ObjectNode paragraph(boolean breaks) {
        ObjectNode paragraph = node("paragraph");
        paragraph.set("content", inlines(breaks, 1 + random.nextInt(6)));
        return paragraph;
    }

    private ObjectNode heading() {
        ObjectNode heading = node("heading");
        heading.putObject("attrs").put("level", 1 + random.nextInt(6));
        heading.set("content", chance(0.05) ? json.arrayNode() : inlines(chance(0.1), 1 + random.nextInt(4)));
        return heading;
    }

    private ObjectNode list(String type, int depth) {
        ObjectNode list = node(type);
        if (type.equals("orderedList")) {
            int order = new int[] {0, 1, 1, 2, 5, 10, 99}[random.nextInt(7)];
            if (order != 1 || mode == Mode.ANY && chance(0.5)) {
                list.putObject("attrs").put("order", order);
            }
        }
        ArrayNode items = list.putArray("content");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            items.add(listItem(depth));
        }
        return list;
    }

    private ObjectNode listItem(int depth) {
        ObjectNode item = node("listItem");
        ArrayNode content = item.putArray("content");
        int first = random.nextInt(10);
        if (first < 8 || depth >= 3) {
            content.add(first == 9 && depth >= 3 ? codeBlock() : paragraph(true));
        } else if (first == 8) {
            content.add(codeBlock());
        } else {
            content.add(node("paragraph").set("content", json.arrayNode()));
            content.add(list(chance(0.5) ? "bulletList" : "orderedList", depth + 1));
        }
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            content.add(nestedBlock(depth));
        }
        return item;
    }

    private ObjectNode blockquote(int depth) {
        ObjectNode quote = node("blockquote");
        ArrayNode content = quote.putArray("content");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            content.add(nestedBlock(depth));
        }
        return quote;
    }

    private ObjectNode codeBlock() {
        ObjectNode code = node("codeBlock");
        if (chance(0.5)) {
            code.putObject("attrs").put("language", pick(LANGUAGES));
        }
        List<String> lines = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            lines.add(kind == 0 ? "" : kind == 1 ? "```" : kind == 2 ? "    ~~~ indented" : kind == 3 ? "\tx = 1;  "
                    : words(3, true));
        }
        lines.replaceAll(line -> line.chars().allMatch(c -> c == ' ' || c == '\t') ? "" : line);
        String text = String.join("\n", lines);
        ArrayNode content = code.putArray("content");
        if (!text.isEmpty()) {
            content.add(text(text, json.arrayNode()));
        }
        return code;
    }

    private ObjectNode table() {
        ObjectNode table = node("table");
        table.putObject("attrs").put("isNumberColumnEnabled", false).put("layout", "default");
        ArrayNode rows = table.putArray("content");
        int columns = 1 + random.nextInt(3);
        int bodyRows = random.nextInt(4);
        for (int r = 0; r <= bodyRows; r++) {
            ObjectNode row = node("tableRow");
            ArrayNode cells = row.putArray("content");
            for (int c = 0; c < columns; c++) {
                ObjectNode cell = node(r == 0 ? "tableHeader" : "tableCell");
                ObjectNode paragraph = chance(0.2) ? (ObjectNode) node("paragraph").set("content", json.arrayNode())
                        : paragraph(chance(0.3));
                cell.putArray("content").add(paragraph);
                cells.add(cell);
            }
            rows.add(row);
        }
        return table;
    }

    /** Inline content; in canonical form text runs never start or end with whitespace next to a mark edge. */
    private ArrayNode inlines(boolean breaks, int pieces) {
        List<ObjectNode> nodes = new ArrayList<>();
        boolean lineStart = true;
        for (int i = 0; i < pieces; i++) {
            if (breaks && !lineStart && chance(0.15)) {
                nodes.add(node("hardBreak"));
                if (chance(0.3)) {
                    nodes.add(node("hardBreak"));
                }
                lineStart = true;
                continue;
            }
            if (mode == Mode.ANY && chance(0.15)) {
                nodes.add(adfOnlyInline());
                lineStart = false;
                continue;
            }
            ArrayNode marks = marks();
            boolean code = hasMark(marks, "code");
            String text = words(1 + random.nextInt(3), code);
            if (!lineStart && chance(0.3)) {
                nodes.add(text(" ", json.arrayNode()));
            } else if (lineStart && marks.isEmpty() && chance(0.1)) {
                text = "  " + text;
            }
            if (mode != Mode.CANONICAL && !marks.isEmpty() && !code && chance(0.3)) {
                text = " " + text;
                nodes.add(text("x", json.arrayNode()));
            }
            nodes.add(text(text, marks));
            lineStart = false;
        }
        while (!nodes.isEmpty() && nodes.get(nodes.size() - 1).path("type").asText().equals("hardBreak")) {
            nodes.remove(nodes.size() - 1);
        }
        if (nodes.isEmpty()) {
            nodes.add(text("x", json.arrayNode()));
        }
        ArrayNode content = json.arrayNode();
        for (ObjectNode node : mode == Mode.CANONICAL ? merged(nodes) : noisy(nodes)) {
            content.add(node);
        }
        return content;
    }

    private ArrayNode marks() {
        ArrayNode marks = json.arrayNode();
        int kind = random.nextInt(10);
        if (kind < 4) {
            return marks;
        }
        if (chance(0.25)) {
            ObjectNode link = marks.addObject().put("type", "link");
            ObjectNode attrs = link.putObject("attrs").put("href", pick(HREFS));
            if (chance(0.2)) {
                attrs.put("title", pick(new String[] {"Title", "say \"hi\"", "back\\slash & more"}));
            }
        }
        if (kind == 9) {
            marks.addObject().put("type", "code");
            return marks;
        }
        for (String type : new String[] {"em", "strong", "strike"}) {
            if (chance(0.45)) {
                marks.addObject().put("type", type);
            }
        }
        return marks;
    }

    private String words(int count, boolean code) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0 && chance(0.6)) {
                text.append(' ');
            }
            text.append(pick(TOKENS));
        }
        String result = code ? text.toString() : strip(text.toString());
        return result.isEmpty() ? "w" : result;
    }

    /** Strips whitespace in the sense of CommonMark emphasis rules (including no-break space). */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && InlineCanonicalizer.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && InlineCanonicalizer.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private List<ObjectNode> merged(List<ObjectNode> nodes) {
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode node : nodes) {
            ObjectNode last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && last.path("type").asText().equals("text") && node.path("type").asText().equals("text")
                    && last.path("marks").equals(node.path("marks"))) {
                last.put("text", last.path("text").asText() + node.path("text").asText());
            } else {
                result.add(node);
            }
        }
        return result;
    }

    /** Splits text, shuffles and adds marks Markdown cannot keep; never changes the text itself. */
    private List<ObjectNode> noisy(List<ObjectNode> nodes) {
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode node : nodes) {
            if (!node.path("type").asText().equals("text")) {
                result.add(node);
                continue;
            }
            ArrayNode marks = node.path("marks").isArray() ? (ArrayNode) node.path("marks") : json.arrayNode();
            if (chance(0.3)) {
                marks.addObject().put("type", pick(EXTRA_MARKS));
            }
            if (chance(0.2) && !hasMark(marks, "code")) {
                marks.addObject().put("type", "code");
            }
            List<ObjectNode> shuffled = new ArrayList<>();
            marks.forEach(mark -> shuffled.add((ObjectNode) mark));
            Collections.shuffle(shuffled, random);
            String text = node.path("text").asText();
            if (text.length() > 1 && chance(0.3)) {
                int cut = 1 + random.nextInt(text.length() - 1);
                if (!Character.isSurrogate(text.charAt(cut))) {
                    result.add(text(text.substring(0, cut), json.arrayNode().addAll(shuffled)));
                    text = text.substring(cut);
                }
            }
            result.add(text(text, json.arrayNode().addAll(shuffled)));
        }
        return result;
    }

    private ObjectNode adfOnlyInline() {
        return switch (random.nextInt(9)) {
            case 0 -> attrs("mention", "id", "5b10", "text", chance(0.5) ? "@Ada Lovelace" : "Bob_*");
            case 1 -> attrs("emoji", "shortName", ":smile:", "text", "😄");
            case 2 -> attrs("inlineCard", "url", pick(HREFS));
            case 3 -> attrs("status", "text", words(1, false), "color", "blue");
            case 4 -> attrs("date", "timestamp", chance(0.7) ? "1582152559000" : "garbage");
            case 5 -> attrs("mediaInline", "id", "m-1", "type", "file");
            case 6 -> text(words(1, false), json.arrayNode().add(json.objectNode().put("type", "underline")));
            case 7 -> (ObjectNode) node("futureInline").put("text", words(1, false));
            default -> text(chance(0.5) ? "" : "trailing  \n", json.arrayNode());
        };
    }

    private ObjectNode adfOnlyBlock(int depth) {
        return switch (random.nextInt(12)) {
            case 0 -> withContent(attrs("panel", "panelType", pick(new String[] {"info", "note", "error", ""})),
                    paragraph(true), depth < 3 ? docBlock(depth + 1) : paragraph(false));
            case 1 -> withContent(attrs("expand", "title", words(2, false)), paragraph(true));
            case 2 -> withContent(node("mediaSingle"), attrs("media", "id", "abc", "type", "file", "alt", "shot.png"),
                    withContent(node("caption"), text(words(2, false), json.arrayNode())));
            case 3 -> withContent(node("mediaGroup"), attrs("media", "id", "m1", "type", "file"),
                    attrs("media", "type", "external", "url", "http://img"));
            case 4 -> attrs("blockCard", "url", pick(HREFS));
            case 5 -> withContent(attrs("taskList", "localId", "t"),
                    withContent(attrs("taskItem", "localId", "1", "state", "DONE"), text(words(2, false), json.arrayNode())),
                    withContent(attrs("taskList", "localId", "t2"),
                            withContent(attrs("taskItem", "localId", "2", "state", "TODO"), text("nested", json.arrayNode()))));
            case 6 -> withContent(node("layoutSection"), withContent(node("layoutColumn"), docBlock(depth + 1)));
            case 7 -> withContent(node("futureBlock"), paragraph(true));
            case 8 -> withContent(node("bulletList"), withContent(node("listItem"), heading(), table(), node("rule"),
                    withContent(node("blockquote"), paragraph(true))));
            case 9 -> withContent(node("paragraph"), text("a", json.arrayNode()), paragraph(false));
            case 10 -> withContent(node("codeBlock"), text("code", json.arrayNode().add(json.objectNode().put("type", "strong"))),
                    node("hardBreak"), text("  \n  ", json.arrayNode()));
            default -> withContent(node("table"), withContent(node("tableRow"),
                    withContent(attrs("tableCell", "colspan", "2"), heading(), codeBlock(), list("bulletList", 3))));
        };
    }

    private ObjectNode withContent(ObjectNode node, ObjectNode... children) {
        ArrayNode content = node.putArray("content");
        for (ObjectNode child : children) {
            content.add(child);
        }
        return node;
    }

    private ObjectNode attrs(String type, String... keyValues) {
        ObjectNode node = node(type);
        ObjectNode attrs = node.putObject("attrs");
        for (int i = 0; i < keyValues.length; i += 2) {
            attrs.put(keyValues[i], keyValues[i + 1]);
        }
        return node;
    }

    private ObjectNode text(String text, ArrayNode marks) {
        ObjectNode node = node("text").put("text", text);
        if (!marks.isEmpty()) {
            node.set("marks", marks);
        }
        return node;
    }

    private static boolean hasMark(ArrayNode marks, String type) {
        for (var mark : marks) {
            if (mark.path("type").asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode node(String type) {
        return json.objectNode().put("type", type);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
