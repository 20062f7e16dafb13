package io.entwine.connector.jira.adf;

import io.entwine.connector.jira.adf.Block.TableRow;
import io.entwine.connector.jira.adf.BlockFitter.Container;
import io.entwine.connector.jira.adf.MarkdownEscaper.Place;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads GitHub-flavoured Markdown (CommonMark with GFM strikethrough and tables) into the canonical
 * document. Never fails: every input is some Markdown. Thread-safe (the commonmark parser is).
 */
final class MarkdownReader {

    private static final Logger LOG = LoggerFactory.getLogger(MarkdownReader.class);
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(StrikethroughExtension.create(), TablesExtension.create()))
            .build();

    private MarkdownReader() {
    }

    static Doc read(String markdown) {
        return new Doc(blocks(parse(markdown), Container.DOC, 0));
    }

    /**
     * commonmark-java recurses once per level of nested emphasis; thousands of levels (never seen in
     * real text) exhaust the stack, and then the text is kept literally.
     */
    private static Node parse(String markdown) {
        try {
            return PARSER.parse(markdown);
        } catch (StackOverflowError tooDeep) {
            LOG.warn("Markdown of {} chars is nested too deeply to parse; keeping it as plain text", markdown.length());
            Document document = new Document();
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(new Text(markdown));
            document.appendChild(paragraph);
            return document;
        }
    }

    /**
     * Reads Markdown that should hold just one inline container of the given kind, as written by
     * {@link InlineMarkdownWriter}; returns null when it does not.
     */
    static List<Inline> readInlines(String markdown, Place place) {
        Node document = parse(switch (place) {
            case PARAGRAPH -> markdown;
            case HEADING -> "# " + markdown;
            case TABLE_CELL -> "| " + markdown + " |\n| --- |";
        });
        Node block = document.getFirstChild();
        if (block == null) {
            return markdown.isEmpty() ? List.of() : null;
        }
        if (block.getNext() != null) {
            return null;
        }
        if (place == Place.TABLE_CELL) {
            Node head = block.getFirstChild();
            block = head instanceof TableHead ? head.getFirstChild().getFirstChild() : null;
        }
        boolean expected = place == Place.PARAGRAPH && block instanceof Paragraph
                || place == Place.HEADING && block instanceof Heading
                || place == Place.TABLE_CELL && block instanceof TableCell;
        return expected ? MarkdownInlineReader.read(block) : null;
    }

    private static List<Block> blocks(Node parent, Container container, int depth) {
        List<Block> blocks = new ArrayList<>();
        collectBlocks(parent, blocks, depth);
        return BlockFitter.fit(blocks, container);
    }

    /** Unknown (extension) block nodes contribute their children. */
    private static void collectBlocks(Node parent, List<Block> blocks, int depth) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Block block = depth < PlainText.MAX_DEPTH ? block(node, depth)
                    : new Block.Paragraph(InlineCanonicalizer.canonical(List.of(new Inline.Text(PlainText.of(node)))));
            if (block != null) {
                blocks.add(block);
            } else if (!(node instanceof LinkReferenceDefinition || node instanceof TableBlock)) {
                collectBlocks(node, blocks, depth + 1);
            }
        }
    }

    private static Block block(Node node, int depth) {
        if (node instanceof Paragraph) {
            return new Block.Paragraph(MarkdownInlineReader.read(node));
        } else if (node instanceof Heading heading) {
            return new Block.Heading(heading.getLevel(), MarkdownInlineReader.read(node));
        } else if (node instanceof BlockQuote) {
            return new Block.Blockquote(blocks(node, Container.BLOCKQUOTE, depth + 1));
        } else if (node instanceof BulletList) {
            return new Block.BulletList(items(node, depth + 1));
        } else if (node instanceof OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            return new Block.OrderedList(start == null ? 1 : start, items(node, depth + 1));
        } else if (node instanceof FencedCodeBlock code) {
            return new Block.CodeBlock(code.getInfo(), withoutFinalNewline(code.getLiteral()));
        } else if (node instanceof IndentedCodeBlock code) {
            return new Block.CodeBlock(null, withoutFinalNewline(code.getLiteral()));
        } else if (node instanceof ThematicBreak) {
            return new Block.Rule();
        } else if (node instanceof HtmlBlock html) {
            return htmlBlock(html.getLiteral());
        } else if (node instanceof TableBlock) {
            return table(node);
        }
        return null;
    }

    private static List<Block.ListItem> items(Node list, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(new Block.ListItem(blocks(item, Container.LIST_ITEM, depth)));
            }
        }
        return items;
    }

    /** HTML comments are invisible on GitHub and dropped; other HTML is kept as literal text. */
    private static Block htmlBlock(String literal) {
        String text = withoutFinalNewline(literal);
        if (text.strip().matches("(?s)(<!--.*?-->\\s*)+")) {
            return new Block.Paragraph(List.of());
        }
        return new Block.Paragraph(InlineCanonicalizer.canonical(List.of(new Inline.Text(text))));
    }

    private static Block table(Node table) {
        TableRow header = null;
        List<TableRow> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(MarkdownInlineReader.read(cell));
                }
                if (section instanceof TableHead && header == null) {
                    header = new TableRow(cells);
                } else if (section instanceof TableBody) {
                    rows.add(new TableRow(cells));
                }
            }
        }
        int columns = header == null ? 0 : header.cells().size();
        if (columns == 0) {
            return null;
        }
        return new Block.Table(header, rows.stream().map(row -> fitted(row, columns)).toList());
    }

    private static TableRow fitted(TableRow row, int columns) {
        List<List<Inline>> cells = new ArrayList<>(row.cells().subList(0, Math.min(columns, row.cells().size())));
        while (cells.size() < columns) {
            cells.add(List.of());
        }
        return new TableRow(cells);
    }

    private static String withoutFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
