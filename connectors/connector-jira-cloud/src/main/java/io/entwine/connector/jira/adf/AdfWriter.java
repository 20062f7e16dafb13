package io.entwine.connector.jira.adf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.connector.jira.adf.Block.TableRow;
import java.util.List;

/**
 * Writes the canonical document as ADF that Jira Cloud accepts: {@code doc} version 1, non-empty text
 * nodes, marks only on text, {@code orderedList.attrs.order} only when the list does not start at 1,
 * {@code codeBlock.attrs.language} only when known, tables with a header row. Stateless and thread-safe.
 */
final class AdfWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AdfWriter() {
    }

    static ObjectNode write(Doc doc) {
        ObjectNode root = JSON.objectNode().put("type", "doc").put("version", 1);
        blocks(root.putArray("content"), doc.blocks());
        return root;
    }

    private static void blocks(ArrayNode content, List<Block> blocks) {
        blocks.forEach(block -> content.add(block(block)));
    }

    private static ObjectNode block(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            return withInlines(node("paragraph"), paragraph.inlines());
        } else if (block instanceof Block.Heading heading) {
            ObjectNode node = node("heading");
            node.putObject("attrs").put("level", heading.level());
            return withInlines(node, heading.inlines());
        } else if (block instanceof Block.BulletList list) {
            return withItems(node("bulletList"), list.items());
        } else if (block instanceof Block.OrderedList list) {
            ObjectNode node = node("orderedList");
            if (list.start() != 1) {
                node.putObject("attrs").put("order", list.start());
            }
            return withItems(node, list.items());
        } else if (block instanceof Block.Blockquote quote) {
            ObjectNode node = node("blockquote");
            blocks(node.putArray("content"), quote.blocks());
            return node;
        } else if (block instanceof Block.CodeBlock code) {
            ObjectNode node = node("codeBlock");
            if (code.language() != null) {
                node.putObject("attrs").put("language", code.language());
            }
            ArrayNode content = node.putArray("content");
            if (!code.text().isEmpty()) {
                content.add(node("text").put("text", code.text()));
            }
            return node;
        } else if (block instanceof Block.Rule) {
            return node("rule");
        } else if (block instanceof Block.Table table) {
            return table(table);
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    private static ObjectNode withItems(ObjectNode list, List<Block.ListItem> items) {
        ArrayNode content = list.putArray("content");
        for (Block.ListItem item : items) {
            ObjectNode node = node("listItem");
            blocks(node.putArray("content"), item.blocks());
            content.add(node);
        }
        return list;
    }

    private static ObjectNode table(Block.Table table) {
        ObjectNode node = node("table");
        node.putObject("attrs").put("isNumberColumnEnabled", false).put("layout", "default");
        ArrayNode rows = node.putArray("content");
        rows.add(row(table.header(), "tableHeader"));
        table.rows().forEach(row -> rows.add(row(row, "tableCell")));
        return node;
    }

    private static ObjectNode row(TableRow row, String cellType) {
        ObjectNode node = node("tableRow");
        ArrayNode cells = node.putArray("content");
        for (List<Inline> cell : row.cells()) {
            ObjectNode cellNode = node(cellType);
            cellNode.putArray("content").add(withInlines(node("paragraph"), cell));
            cells.add(cellNode);
        }
        return node;
    }

    private static ObjectNode withInlines(ObjectNode parent, List<Inline> inlines) {
        ArrayNode content = parent.putArray("content");
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                ObjectNode node = node("text").put("text", text.text());
                if (!text.marks().isEmpty()) {
                    ArrayNode marks = node.putArray("marks");
                    text.marks().forEach(mark -> marks.add(mark(mark)));
                }
                content.add(node);
            } else {
                content.add(node("hardBreak"));
            }
        }
        return parent;
    }

    private static ObjectNode mark(Mark mark) {
        ObjectNode node = JSON.objectNode().put("type", switch (mark.type()) {
            case LINK -> "link";
            case EM -> "em";
            case STRONG -> "strong";
            case STRIKE -> "strike";
            case CODE -> "code";
        });
        if (mark.type() == Mark.Type.LINK) {
            ObjectNode attrs = node.putObject("attrs").put("href", mark.href());
            if (mark.title() != null) {
                attrs.put("title", mark.title());
            }
        }
        return node;
    }

    private static ObjectNode node(String type) {
        return JSON.objectNode().put("type", type);
    }
}
