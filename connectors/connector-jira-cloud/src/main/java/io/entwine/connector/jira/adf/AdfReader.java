package io.entwine.connector.jira.adf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.entwine.connector.jira.adf.Block.TableRow;
import io.entwine.connector.jira.adf.BlockFitter.Container;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads an ADF document into the canonical document. Nodes only ADF has degrade readably: a
 * {@code panel} becomes a blockquote opened by its bold type, an {@code expand} its bold title and
 * content, media {@code [attachment: name]}, cards links, task and decision lists bullet lists
 * ({@code [ ]}/{@code [x]} for tasks). Unknown nodes keep their text. Stateless and thread-safe; never
 * throws on odd input.
 */
final class AdfReader {

    private static final int MAX_COLSPAN = 100;

    private AdfReader() {
    }

    static Doc read(JsonNode adf) {
        if (adf.isTextual()) {
            List<Block> paragraphs = new ArrayList<>();
            for (String paragraph : adf.asText().split("\\r?\\n\\s*\\n")) {
                paragraphs.add(new Block.Paragraph(InlineCanonicalizer.canonical(List.of(new Inline.Text(paragraph)))));
            }
            return new Doc(BlockFitter.fit(paragraphs, Container.DOC));
        }
        JsonNode content = adf.isObject() && Adf.type(adf).equals("doc") ? adf.path("content")
                : adf.isArray() ? adf : JsonNodeFactory.instance.arrayNode().add(adf);
        return new Doc(BlockFitter.fit(blocks(content, 0), Container.DOC));
    }

    /**
     * Reads block content; runs of inline nodes found among blocks form a paragraph. Containers nested
     * deeper than {@link PlainText#MAX_DEPTH} keep only their text.
     */
    private static List<Block> blocks(JsonNode content, int depth) {
        List<Block> blocks = new ArrayList<>();
        List<JsonNode> inlineRun = new ArrayList<>();
        for (JsonNode node : content) {
            if (isInline(node)) {
                inlineRun.add(node);
                continue;
            }
            if (!inlineRun.isEmpty()) {
                blocks.add(new Block.Paragraph(AdfInlineReader.read(inlineRun)));
                inlineRun.clear();
            }
            blocks.addAll(depth < PlainText.MAX_DEPTH ? block(node, depth + 1)
                    : List.of(textParagraph(PlainText.of(node))));
        }
        if (!inlineRun.isEmpty()) {
            blocks.add(new Block.Paragraph(AdfInlineReader.read(inlineRun)));
        }
        return blocks;
    }

    private static boolean isInline(JsonNode node) {
        return AdfInlineReader.INLINE_TYPES.contains(Adf.type(node)) || node.hasNonNull("text") && !node.has("content");
    }

    private static List<Block> block(JsonNode node, int depth) {
        JsonNode attrs = node.path("attrs");
        JsonNode content = node.path("content");
        return switch (Adf.type(node)) {
            case "paragraph" -> List.of(new Block.Paragraph(AdfInlineReader.read(content)));
            case "heading" -> List.of(new Block.Heading(attrs.path("level").asInt(1), AdfInlineReader.read(content)));
            case "bulletList", "taskList", "decisionList" -> List.of(new Block.BulletList(items(content, depth)));
            case "orderedList" -> List.of(new Block.OrderedList(attrs.path("order").asInt(1), items(content, depth)));
            case "blockquote" -> List.of(new Block.Blockquote(BlockFitter.fit(blocks(content, depth), Container.BLOCKQUOTE)));
            case "codeBlock" -> List.of(new Block.CodeBlock(
                    attrs.path("language").isTextual() ? attrs.path("language").asText() : null, codeText(content)));
            case "rule" -> List.of(new Block.Rule());
            case "table" -> table(content, depth);
            case "panel" -> List.of(panel(attrs, content, depth));
            case "expand", "nestedExpand" -> titled(Adf.firstText(attrs, "title"), blocks(content, depth));
            case "media" -> List.of(textParagraph(Adf.attachmentLabel(attrs)));
            case "mediaSingle", "mediaGroup" -> media(content, depth);
            case "blockCard", "embedCard" -> card(Adf.cardUrl(attrs));
            case "taskItem", "decisionItem" -> List.of(new Block.Paragraph(AdfInlineReader.read(content)));
            case "extension" -> List.of();
            default -> blocks(content, depth);
        };
    }

    /** List entries; a list nested directly in a list (as task lists do) joins the entry before it. */
    private static List<Block.ListItem> items(JsonNode content, int depth) {
        List<List<Block>> entries = new ArrayList<>();
        for (JsonNode child : content) {
            String type = Adf.type(child);
            boolean nestedList = type.equals("bulletList") || type.equals("orderedList") || type.equals("taskList");
            if (nestedList && !entries.isEmpty()) {
                entries.get(entries.size() - 1).addAll(blocks(JsonNodeFactory.instance.arrayNode().add(child), depth));
            } else if (type.equals("taskItem")) {
                String box = child.path("attrs").path("state").asText("").equals("DONE") ? "[x] " : "[ ] ";
                List<Inline> inlines = new ArrayList<>();
                inlines.add(new Inline.Text(box));
                inlines.addAll(AdfInlineReader.read(child.path("content")));
                entries.add(new ArrayList<>(List.of(new Block.Paragraph(InlineCanonicalizer.canonical(inlines)))));
            } else if (type.equals("listItem")) {
                entries.add(blocks(child.path("content"), depth));
            } else {
                entries.add(blocks(JsonNodeFactory.instance.arrayNode().add(child), depth));
            }
        }
        return entries.stream().map(BlockFitter::listItem).toList();
    }

    private static String codeText(JsonNode content) {
        StringBuilder text = new StringBuilder();
        for (JsonNode node : content) {
            if (Adf.type(node).equals("hardBreak")) {
                text.append('\n');
            } else {
                text.append(node.path("text").asText(""));
                text.append(codeText(node.path("content")));
            }
        }
        return text.toString();
    }

    private static Block panel(JsonNode attrs, JsonNode content, int depth) {
        String type = Adf.firstText(attrs, "panelType");
        String label = type.isEmpty() ? "Panel" : type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(List.of(new Inline.Text(label, List.of(Mark.STRONG)))));
        blocks.addAll(blocks(content, depth));
        return new Block.Blockquote(BlockFitter.fit(blocks, Container.BLOCKQUOTE));
    }

    private static List<Block> titled(String title, List<Block> content) {
        List<Block> blocks = new ArrayList<>();
        if (!title.isBlank()) {
            blocks.add(new Block.Paragraph(InlineCanonicalizer.canonical(List.of(new Inline.Text(title, List.of(Mark.STRONG))))));
        }
        blocks.addAll(content);
        return blocks;
    }

    private static List<Block> media(JsonNode content, int depth) {
        List<Block> blocks = new ArrayList<>();
        for (JsonNode child : content) {
            switch (Adf.type(child)) {
                case "media", "mediaInline" -> blocks.add(textParagraph(Adf.attachmentLabel(child.path("attrs"))));
                case "caption" -> blocks.add(new Block.Paragraph(AdfInlineReader.read(child.path("content"))));
                default -> blocks.addAll(blocks(JsonNodeFactory.instance.arrayNode().add(child), depth));
            }
        }
        return blocks;
    }

    private static List<Block> card(String url) {
        return url.isEmpty() ? List.of()
                : List.of(new Block.Paragraph(List.of(new Inline.Text(url, List.of(Mark.link(url, null))))));
    }

    private static Block textParagraph(String text) {
        return new Block.Paragraph(InlineCanonicalizer.canonical(List.of(new Inline.Text(text))));
    }

    /**
     * GFM tables need a header row and one cell count: a first row of header cells becomes the header,
     * otherwise an empty header is added; short rows are padded, spanned cells followed by empty ones.
     */
    private static List<Block> table(JsonNode content, int depth) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        boolean firstRowIsHeader = false;
        for (JsonNode row : content) {
            if (!Adf.type(row).equals("tableRow")) {
                continue;
            }
            List<List<Inline>> cells = new ArrayList<>();
            boolean allHeaders = true;
            for (JsonNode cell : row.path("content")) {
                allHeaders &= Adf.type(cell).equals("tableHeader");
                cells.add(TableCellFlattener.flatten(blocks(cell.path("content"), depth)));
                int span = Math.min(MAX_COLSPAN, Math.max(1, cell.path("attrs").path("colspan").asInt(1)));
                cells.addAll(Collections.nCopies(span - 1, List.of()));
            }
            if (rows.isEmpty()) {
                firstRowIsHeader = allHeaders && !cells.isEmpty();
            }
            rows.add(cells);
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return List.of();
        }
        List<TableRow> padded = rows.stream().map(cells -> {
            List<List<Inline>> full = new ArrayList<>(cells);
            full.addAll(Collections.nCopies(columns - cells.size(), List.of()));
            return new TableRow(full);
        }).toList();
        TableRow header = firstRowIsHeader ? padded.get(0) : new TableRow(Collections.nCopies(columns, List.of()));
        return List.of(new Block.Table(header, firstRowIsHeader ? padded.subList(1, padded.size()) : padded));
    }
}
