package io.entwine.connector.jira.adf;

import io.entwine.connector.jira.adf.MarkdownEscaper.Place;
import io.entwine.connector.jira.adf.MarkdownEscaper.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes canonical inline content as Markdown: {@code *em*}, {@code **strong**}, {@code ~~strike~~},
 * code spans, {@code [text](href "title")} and {@code <autolinks>}.
 *
 * <p>Whether a CommonMark delimiter run opens or closes emphasis depends on the characters around it
 * ({@code x**(a)**y} is not bold), overlapping marks can defeat the matching rules, and a paragraph
 * starting with {@code [`]:`...} is a link definition. Rather than re-implement those rules, the writer
 * reads marked content back; if that does not give the same content, it writes emphasis as the HTML
 * tags {@code <em>}, {@code <strong>} and {@code <del>}, and then also code as {@code <code>}, which
 * GitHub renders and {@link MarkdownReader} reads. Stateless and thread-safe.
 */
final class InlineMarkdownWriter {

    private static final Logger LOG = LoggerFactory.getLogger(InlineMarkdownWriter.class);
    private static final Pattern URI_AUTOLINK = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\x00-\\x20<>]*");
    private static final Pattern EMAIL_AUTOLINK = Pattern.compile(
            "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

    private InlineMarkdownWriter() {
    }

    /**
     * @param inlines          canonical inline content
     * @param place            the container; breaks are line ends in paragraphs and {@code <br>} elsewhere
     * @param listItemStart    true for the first paragraph of a list item, where {@code [ ] } stays a task box
     */
    static String write(List<Inline> inlines, Place place, boolean listItemStart) {
        String markdown = render(inlines, place, listItemStart, Style.DELIMITERS);
        boolean marked = inlines.stream().anyMatch(inline -> inline instanceof Inline.Text text && !text.marks().isEmpty());
        if (!marked) {
            return markdown;
        }
        String previous = null;
        for (Style style : Style.values()) {
            String attempt = style == Style.DELIMITERS ? markdown : render(inlines, place, listItemStart, style);
            if (!attempt.equals(previous) && inlines.equals(MarkdownReader.readInlines(attempt, place))) {
                return attempt;
            }
            previous = attempt;
            markdown = attempt;
        }
        LOG.debug("Inline content does not survive a Markdown round trip: {}", inlines);
        return markdown;
    }

    /** How marks are written, from the most readable to the most explicit. */
    private enum Style { DELIMITERS, TAGS, TAGS_AND_CODE_TAGS }

    private static String render(List<Inline> inlines, Place place, boolean listItemStart, Style style) {
        boolean tags = style != Style.DELIMITERS;
        StringBuilder out = new StringBuilder();
        List<Mark> open = new ArrayList<>();
        boolean lineStart = true;
        boolean previousWasBreak = false;
        for (int i = 0; i < inlines.size(); i++) {
            if (!(inlines.get(i) instanceof Inline.Text text)) {
                closeUntil(out, open, marksWithoutCode(nextText(inlines, i)), tags);
                if (place == Place.PARAGRAPH && !previousWasBreak) {
                    out.append('\n');
                    lineStart = true;
                } else {
                    // A second break in a row would leave an empty line, which ends a paragraph.
                    out.append("<br>");
                    lineStart = false;
                }
                previousWasBreak = true;
                continue;
            }
            previousWasBreak = false;
            List<Mark> wanted = marksWithoutCode(text);
            closeUntil(out, open, wanted, tags);
            List<Mark> toOpen = new ArrayList<>(wanted);
            toOpen.removeAll(open);
            int from = i;
            toOpen.sort(Comparator.comparingInt((Mark mark) -> -runLength(inlines, from, mark))
                    .thenComparing(Mark::type));
            boolean autolinked = false;
            for (int k = 0; k < toOpen.size(); k++) {
                Mark mark = toOpen.get(k);
                if (k == toOpen.size() - 1 && isAutolink(text, mark) && runLength(inlines, i, mark) == 1) {
                    out.append('<').append(text.text()).append('>');
                    autolinked = true;
                } else {
                    out.append(opener(mark, tags));
                    open.add(mark);
                    lineStart = false;
                }
            }
            if (!autolinked) {
                boolean lineEnd = i + 1 == inlines.size() || inlines.get(i + 1) instanceof Inline.Break;
                if (!text.has(Mark.Type.CODE)) {
                    out.append(MarkdownEscaper.escape(text.text(),
                            new Position(place, lineStart, lineEnd, listItemStart && i == 0)));
                } else if (style == Style.TAGS_AND_CODE_TAGS) {
                    out.append("<code>")
                            .append(MarkdownEscaper.escape(text.text(), new Position(place, false, false, false)))
                            .append("</code>");
                } else {
                    out.append(codeSpan(text.text(), place));
                }
            }
            lineStart = false;
        }
        closeUntil(out, open, List.of(), tags);
        return out.toString();
    }

    /** Closes open marks from the innermost until every remaining one is in {@code keep}. */
    private static void closeUntil(StringBuilder out, List<Mark> open, List<Mark> keep, boolean tags) {
        int kept = 0;
        while (kept < open.size() && keep.contains(open.get(kept))) {
            kept++;
        }
        while (open.size() > kept) {
            out.append(closer(open.remove(open.size() - 1), tags));
        }
    }

    private static List<Mark> marksWithoutCode(Inline.Text text) {
        return text == null ? List.of()
                : text.marks().stream().filter(mark -> mark.type() != Mark.Type.CODE).toList();
    }

    private static Inline.Text nextText(List<Inline> inlines, int index) {
        for (int i = index + 1; i < inlines.size(); i++) {
            if (inlines.get(i) instanceof Inline.Text text) {
                return text;
            }
        }
        return null;
    }

    /** How many text runs from {@code index} on carry {@code mark}; breaks neither count nor interrupt. */
    private static int runLength(List<Inline> inlines, int index, Mark mark) {
        int count = 0;
        for (int i = index; i < inlines.size(); i++) {
            if (inlines.get(i) instanceof Inline.Text text) {
                if (!text.marks().contains(mark)) {
                    break;
                }
                count++;
            }
        }
        return count;
    }

    private static boolean isAutolink(Inline.Text text, Mark mark) {
        if (mark.type() != Mark.Type.LINK || mark.title() != null || text.has(Mark.Type.CODE)) {
            return false;
        }
        String value = text.text();
        return value.equals(mark.href()) && URI_AUTOLINK.matcher(value).matches()
                || ("mailto:" + value).equals(mark.href()) && EMAIL_AUTOLINK.matcher(value).matches();
    }

    private static String opener(Mark mark, boolean tags) {
        return switch (mark.type()) {
            case LINK -> "[";
            case EM -> tags ? "<em>" : "*";
            case STRONG -> tags ? "<strong>" : "**";
            case STRIKE -> tags ? "<del>" : "~~";
            case CODE -> throw new IllegalArgumentException("code is written as a span, not opened");
        };
    }

    private static String closer(Mark mark, boolean tags) {
        return switch (mark.type()) {
            case LINK -> "](" + destination(mark.href()) + title(mark.title()) + ")";
            case EM -> tags ? "</em>" : "*";
            case STRONG -> tags ? "</strong>" : "**";
            case STRIKE -> tags ? "</del>" : "~~";
            case CODE -> throw new IllegalArgumentException("code is written as a span, not closed");
        };
    }

    static String codeSpan(String code, Place place) {
        int ticks = 1;
        while (hasBacktickRunOf(code, ticks)) {
            ticks++;
        }
        String fence = "`".repeat(ticks);
        boolean pad = code.startsWith("`") || code.endsWith("`")
                || code.startsWith(" ") && code.endsWith(" ") && !code.isBlank();
        String body = place == Place.TABLE_CELL ? code.replace("|", "\\|") : code;
        return pad ? fence + " " + body + " " + fence : fence + body + fence;
    }

    private static boolean hasBacktickRunOf(String code, int length) {
        int run = 0;
        for (int i = 0; i <= code.length(); i++) {
            if (i < code.length() && code.charAt(i) == '`') {
                run++;
            } else {
                if (run == length) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    private static String destination(String href) {
        boolean pointy = href.isEmpty() || href.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>');
        StringBuilder out = new StringBuilder(pointy ? "<" : "");
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean escape = c == '\\' || (pointy ? c == '<' || c == '>' : c == '(' || c == ')')
                    || c == '&' && isEntityAt(href, i);
            out.append(escape ? "\\" : "").append(c);
        }
        return out.append(pointy ? ">" : "").toString();
    }

    private static String title(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(" \"");
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            boolean escape = c == '\\' || c == '"' || c == '&' && isEntityAt(title, i);
            out.append(escape ? "\\" : "").append(c);
        }
        return out.append('"').toString();
    }

    private static boolean isEntityAt(String text, int index) {
        return MarkdownEscaper.startsCharacterReference(text, index);
    }
}
