package io.entwine.connector.jira.adf;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the blocks of an ADF table cell into the single line of inline content a GFM cell can hold:
 * blocks and list items become lines ({@code <br>} when written), list items keep a {@code - } or
 * {@code 1. } prefix, code lines keep the code mark; rules and nested tables are dropped.
 */
final class TableCellFlattener {

    private TableCellFlattener() {
    }

    static List<Inline> flatten(List<Block> blocks) {
        List<Inline> lines = new ArrayList<>();
        for (Block block : blocks) {
            List<Inline> inlines = inlines(block);
            if (!inlines.isEmpty()) {
                if (!lines.isEmpty()) {
                    lines.add(Inline.BREAK);
                }
                lines.addAll(inlines);
            }
        }
        return InlineCanonicalizer.canonical(lines);
    }

    private static List<Inline> inlines(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            return paragraph.inlines();
        } else if (block instanceof Block.Heading heading) {
            return heading.inlines();
        } else if (block instanceof Block.Blockquote quote) {
            return flatten(quote.blocks());
        } else if (block instanceof Block.CodeBlock code) {
            List<Inline> lines = new ArrayList<>();
            for (String line : code.text().split("\n", -1)) {
                if (!lines.isEmpty()) {
                    lines.add(Inline.BREAK);
                }
                if (!line.isEmpty()) {
                    lines.add(new Inline.Text(line, List.of(Mark.CODE)));
                }
            }
            return lines;
        } else if (block instanceof Block.BulletList list) {
            return items(list.items(), -1);
        } else if (block instanceof Block.OrderedList list) {
            return items(list.items(), list.start());
        }
        return List.of();
    }

    private static List<Inline> items(List<Block.ListItem> items, int start) {
        List<Inline> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!lines.isEmpty()) {
                lines.add(Inline.BREAK);
            }
            lines.add(new Inline.Text(start < 0 ? "- " : (start + i) + ". "));
            lines.addAll(flatten(items.get(i).blocks()));
        }
        return lines;
    }
}
