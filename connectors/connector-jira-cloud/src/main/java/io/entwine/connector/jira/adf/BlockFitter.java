package io.entwine.connector.jira.adf;

import io.entwine.connector.jira.adf.Block.Blockquote;
import io.entwine.connector.jira.adf.Block.BulletList;
import io.entwine.connector.jira.adf.Block.CodeBlock;
import io.entwine.connector.jira.adf.Block.Heading;
import io.entwine.connector.jira.adf.Block.OrderedList;
import io.entwine.connector.jira.adf.Block.Paragraph;
import io.entwine.connector.jira.adf.Block.Table;
import io.entwine.connector.jira.adf.Block.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a container's blocks valid ADF, the same way for both readers. ADF is stricter than Markdown:
 * a list item or blockquote holds only paragraphs, lists and code blocks, and a list item must start
 * with a paragraph or code block. Blocks that do not fit degrade so their text survives: a heading
 * becomes a paragraph, a nested blockquote is flattened, a table becomes one paragraph per row, a
 * rule is dropped. Empty paragraphs and blockquotes are dropped (Markdown cannot show them).
 * Stateless and thread-safe.
 */
final class BlockFitter {

    /** The kinds of block container in the canonical document. */
    enum Container { DOC, LIST_ITEM, BLOCKQUOTE }

    private BlockFitter() {
    }

    static List<Block> fit(List<Block> blocks, Container container) {
        List<Block> fitted = new ArrayList<>();
        for (Block block : blocks) {
            add(fitted, block, container);
        }
        if (container == Container.LIST_ITEM && (fitted.isEmpty() || isList(fitted.get(0)))) {
            fitted.add(0, new Paragraph(List.of()));
        }
        return fitted;
    }

    static Block.ListItem listItem(List<Block> blocks) {
        return new Block.ListItem(fit(blocks, Container.LIST_ITEM));
    }

    private static void add(List<Block> fitted, Block block, Container container) {
        if (block instanceof Paragraph paragraph && paragraph.inlines().isEmpty()
                || block instanceof Blockquote quote && quote.blocks().isEmpty()) {
            return;
        }
        if (container == Container.DOC || block instanceof Paragraph || block instanceof CodeBlock || isList(block)) {
            fitted.add(block);
        } else if (block instanceof Heading heading) {
            add(fitted, new Paragraph(heading.inlines()), container);
        } else if (block instanceof Blockquote quote) {
            quote.blocks().forEach(inner -> add(fitted, inner, container));
        } else if (block instanceof Table table) {
            add(fitted, rowParagraph(table.header()), container);
            table.rows().forEach(row -> add(fitted, rowParagraph(row), container));
        }
        // A rule carries no text and has no place outside the document level.
    }

    private static Paragraph rowParagraph(TableRow row) {
        List<Inline> inlines = new ArrayList<>();
        for (List<Inline> cell : row.cells()) {
            if (!cell.isEmpty()) {
                if (!inlines.isEmpty()) {
                    inlines.add(new Inline.Text(" | "));
                }
                inlines.addAll(cell);
            }
        }
        return new Paragraph(InlineCanonicalizer.canonical(inlines));
    }

    static boolean isList(Block block) {
        return block instanceof BulletList || block instanceof OrderedList;
    }
}
