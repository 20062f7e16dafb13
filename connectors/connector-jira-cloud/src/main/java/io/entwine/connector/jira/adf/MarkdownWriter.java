package io.entwine.connector.jira.adf;

import io.entwine.connector.jira.adf.Block.Blockquote;
import io.entwine.connector.jira.adf.Block.BulletList;
import io.entwine.connector.jira.adf.Block.CodeBlock;
import io.entwine.connector.jira.adf.Block.Heading;
import io.entwine.connector.jira.adf.Block.ListItem;
import io.entwine.connector.jira.adf.Block.OrderedList;
import io.entwine.connector.jira.adf.Block.Paragraph;
import io.entwine.connector.jira.adf.Block.Rule;
import io.entwine.connector.jira.adf.Block.Table;
import io.entwine.connector.jira.adf.Block.TableRow;
import io.entwine.connector.jira.adf.MarkdownEscaper.Place;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the canonical document as Markdown in one stable style: {@code -} bullets, {@code 1.} numbers,
 * fenced code, {@code ---} rules, GFM pipe tables, one blank line between blocks and no trailing
 * newline. Two lists in a row alternate their markers ({@code -}/{@code *}, {@code .}/{@code )}) so that
 * they stay two lists. Stateless and thread-safe.
 */
final class MarkdownWriter {

    private MarkdownWriter() {
    }

    static String write(Doc doc) {
        return blocks(doc.blocks(), false);
    }

    private static String blocks(List<Block> blocks, boolean inListItem) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        boolean alternate = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            alternate = previous != null && previous.getClass() == block.getClass() && !alternate;
            String markdown = block(block, inListItem && i == 0, alternate);
            if (previous != null) {
                boolean tight = inListItem && previous instanceof Paragraph && canInterruptParagraph(block)
                        && !MarkdownEscaper.isTableDelimiterRow(markdown.lines().findFirst().orElse(""));
                out.append(tight ? "\n" : "\n\n");
            }
            out.append(markdown);
            previous = block;
        }
        return out.toString();
    }

    private static String block(Block block, boolean listItemStart, boolean alternate) {
        if (block instanceof Paragraph paragraph) {
            return InlineMarkdownWriter.write(paragraph.inlines(), Place.PARAGRAPH, listItemStart);
        } else if (block instanceof Heading heading) {
            String text = InlineMarkdownWriter.write(heading.inlines(), Place.HEADING, false);
            return "#".repeat(heading.level()) + (text.isEmpty() ? "" : " " + text);
        } else if (block instanceof BulletList list) {
            return list(list.items(), alternate ? "*" : "-", -1);
        } else if (block instanceof OrderedList list) {
            return list(list.items(), alternate ? ")" : ".", list.start());
        } else if (block instanceof Blockquote quote) {
            return blocks(quote.blocks(), false).lines()
                    .map(line -> line.isEmpty() ? ">" : "> " + line)
                    .collect(Collectors.joining("\n"));
        } else if (block instanceof CodeBlock code) {
            return codeBlock(code);
        } else if (block instanceof Rule) {
            return "---";
        } else if (block instanceof Table table) {
            return table(table);
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    /**
     * Whether a list may follow a paragraph without a blank line and still be read as a list (unless
     * its first line also reads as a table delimiter row, checked by the caller).
     */
    private static boolean canInterruptParagraph(Block block) {
        List<ListItem> items = block instanceof BulletList bullets ? bullets.items()
                : block instanceof OrderedList ordered && ordered.start() == 1 ? ordered.items() : null;
        return items != null && items.get(0).blocks().get(0) instanceof Paragraph first && !first.inlines().isEmpty();
    }

    /** {@code start < 0} means a bullet list with {@code marker}; otherwise {@code marker} is the delimiter. */
    private static String list(List<ListItem> items, String marker, int start) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String itemMarker = start < 0 ? marker : (start + i) + marker;
            String indent = " ".repeat(itemMarker.length() + 1);
            String[] lines = listItemBody(items.get(i)).split("\n", -1);
            if (i > 0) {
                out.append('\n');
            }
            out.append(itemMarker).append(lines[0].isEmpty() ? "" : " " + lines[0]);
            for (int k = 1; k < lines.length; k++) {
                out.append('\n').append(lines[k].isEmpty() ? "" : indent + lines[k]);
            }
        }
        return out.toString();
    }

    private static String listItemBody(ListItem item) {
        List<Block> blocks = item.blocks();
        if (blocks.get(0) instanceof Paragraph first && first.inlines().isEmpty()) {
            // An item that starts with a nested list: the marker stands alone on its line.
            return blocks.size() == 1 ? "" : "\n" + blocks(blocks.subList(1, blocks.size()), true);
        }
        return blocks(blocks, true);
    }

    private static String codeBlock(CodeBlock code) {
        String language = code.language() == null ? "" : code.language();
        char fenceChar = language.indexOf('`') >= 0 ? '~' : '`';
        String fence = String.valueOf(fenceChar).repeat(Math.max(3, longestRun(code.text(), fenceChar) + 1));
        StringBuilder info = new StringBuilder();
        for (int i = 0; i < language.length(); i++) {
            char c = language.charAt(i);
            boolean escape = c == '\\' || c == '&' && MarkdownEscaper.startsCharacterReference(language, i);
            info.append(escape ? "\\" : "").append(c);
        }
        // commonmark-java does not open a fence directly followed by the other fence character.
        String separator = language.startsWith("~") || language.startsWith("`") ? " " : "";
        String body = code.text().isEmpty() ? "" : code.text() + "\n";
        return fence + separator + info + "\n" + body + fence;
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static String table(Table table) {
        StringBuilder out = new StringBuilder(row(table.header()));
        out.append('\n').append(table.header().cells().stream().map(cell -> "---")
                .collect(Collectors.joining(" | ", "| ", " |")));
        for (TableRow row : table.rows()) {
            out.append('\n').append(row(row));
        }
        return out.toString();
    }

    private static String row(TableRow row) {
        return row.cells().stream()
                .map(cell -> InlineMarkdownWriter.write(cell, Place.TABLE_CELL, false))
                .collect(Collectors.joining(" | ", "| ", " |"));
    }
}
