package io.entwine.connector.jira.adf;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Block content of the canonical document: exactly the ADF subset that Markdown can express.
 * Instances are built by the readers through {@link BlockFitter}, which keeps every container's
 * content valid for Jira.
 */
sealed interface Block permits Block.Paragraph, Block.Heading, Block.BulletList, Block.OrderedList,
        Block.Blockquote, Block.CodeBlock, Block.Rule, Block.Table {

    record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }
    }

    record Heading(int level, List<Inline> inlines) implements Block {
        public Heading {
            level = Math.max(1, Math.min(6, level));
            inlines = List.copyOf(inlines);
        }
    }

    record BulletList(List<ListItem> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** {@code start} is the number of the first item (ADF {@code orderedList.attrs.order}). */
    record OrderedList(int start, List<ListItem> items) implements Block {
        static final int MAX_START = 999_999_999;

        public OrderedList {
            start = Math.max(0, Math.min(MAX_START, start));
            items = List.copyOf(items);
        }
    }

    record Blockquote(List<Block> blocks) implements Block {
        public Blockquote {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * Code with an optional language (one word, or null). Lines holding only whitespace are kept empty:
     * Markdown cannot carry their whitespace inside list items.
     */
    record CodeBlock(String language, String text) implements Block {
        public CodeBlock {
            String word = language == null ? "" : language.strip().split("\\s+", 2)[0];
            language = word.isEmpty() ? null : word;
            String unified = text.replace("\r\n", "\n").replace('\r', '\n');
            text = Arrays.stream(unified.split("\n", -1))
                    .map(line -> line.chars().allMatch(c -> c == ' ' || c == '\t') ? "" : line)
                    .collect(Collectors.joining("\n"));
        }
    }

    record Rule() implements Block {
    }

    /** A table with a header row; every row has as many cells as the header. */
    record Table(TableRow header, List<TableRow> rows) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** One list entry; its first block is a paragraph (possibly empty) or a code block. */
    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /** One table row: the inline content of each cell. */
    record TableRow(List<List<Inline>> cells) {
        public TableRow {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }
}
