package io.entwine.connector.jira.adf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads the inline children of one commonmark node into canonical inline content.
 *
 * <p>Soft line breaks become hard breaks: GitHub shows a line end in an issue or comment as a line
 * break, and so does Jira. Images become links to the image with the alt text (ADF has no external
 * image node). Inline HTML that GitHub renders as formatting ({@code <b>}, {@code <em>}, {@code <del>},
 * {@code <code>}, {@code <br>}...) becomes the matching mark or break; tags that only style
 * ({@code <u>}, {@code <sub>}...) and comments are dropped; other HTML stays literal text.
 * One instance per container; not thread-safe, use {@link #read(Node)}.
 */
final class MarkdownInlineReader {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)(?:\\s[^>]*)?/?>");
    private static final Map<String, Mark> MARK_TAGS = Map.ofEntries(
            Map.entry("b", Mark.STRONG), Map.entry("strong", Mark.STRONG),
            Map.entry("i", Mark.EM), Map.entry("em", Mark.EM),
            Map.entry("s", Mark.STRIKE), Map.entry("del", Mark.STRIKE), Map.entry("strike", Mark.STRIKE),
            Map.entry("code", Mark.CODE), Map.entry("kbd", Mark.CODE));
    private static final List<String> STYLE_ONLY_TAGS = List.of("u", "ins", "sub", "sup", "mark", "span", "small");

    private final List<Inline> inlines = new ArrayList<>();
    /** Marks opened by HTML tags and not yet closed, in opening order. */
    private final List<Mark> tagMarks = new ArrayList<>();

    private MarkdownInlineReader() {
    }

    static List<Inline> read(Node container) {
        MarkdownInlineReader reader = new MarkdownInlineReader();
        reader.children(container, List.of());
        return InlineCanonicalizer.canonical(reader.inlines);
    }

    private void children(Node parent, List<Mark> marks) {
        if (marks.size() > PlainText.MAX_DEPTH) {
            // Emphasis nested this deep carries no more information; keep the text.
            text(PlainText.of(parent), marks);
            return;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            node(node, marks);
        }
    }

    private void node(Node node, List<Mark> marks) {
        if (node instanceof Text text) {
            text(text.getLiteral(), marks);
        } else if (node instanceof Code code) {
            text(code.getLiteral(), with(marks, Mark.CODE));
        } else if (node instanceof Emphasis) {
            children(node, with(marks, Mark.EM));
        } else if (node instanceof StrongEmphasis) {
            children(node, with(marks, Mark.STRONG));
        } else if (node instanceof Strikethrough) {
            children(node, with(marks, Mark.STRIKE));
        } else if (node instanceof Link link) {
            children(node, link.getDestination().isEmpty() ? marks : with(marks, Mark.link(link.getDestination(), link.getTitle())));
        } else if (node instanceof Image image) {
            image(image, marks);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            inlines.add(Inline.BREAK);
        } else if (node instanceof HtmlInline html) {
            html(html.getLiteral(), marks);
        } else {
            children(node, marks);
        }
    }

    private void text(String text, List<Mark> marks) {
        List<Mark> all = new ArrayList<>(marks);
        all.addAll(tagMarks);
        inlines.add(new Inline.Text(text, all));
    }

    /** The alt text, linked to the image unless it already sits inside a link (a badge, say). */
    private void image(Image image, List<Mark> marks) {
        String alt = PlainText.of(image).replace('\n', ' ');
        String target = image.getDestination();
        boolean linked = marks.stream().anyMatch(mark -> mark.type() == Mark.Type.LINK) || target.isEmpty();
        text(alt.isEmpty() ? target : alt, linked ? marks : with(marks, Mark.link(target, image.getTitle())));
    }

    private void html(String literal, List<Mark> marks) {
        if (literal.startsWith("<!--")) {
            return;
        }
        Matcher tag = TAG.matcher(literal);
        if (!tag.matches()) {
            text(literal, marks);
            return;
        }
        boolean closing = !tag.group(1).isEmpty();
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        Mark mark = MARK_TAGS.get(name);
        if (name.equals("br")) {
            inlines.add(Inline.BREAK);
        } else if (mark != null && closing) {
            int open = tagMarks.lastIndexOf(mark);
            if (open >= 0) {
                tagMarks.remove(open);
            }
        } else if (mark != null) {
            tagMarks.add(mark);
        } else if (!STYLE_ONLY_TAGS.contains(name)) {
            text(literal, marks);
        }
    }


    private static List<Mark> with(List<Mark> marks, Mark mark) {
        List<Mark> result = new ArrayList<>(marks);
        result.add(mark);
        return result;
    }
}
