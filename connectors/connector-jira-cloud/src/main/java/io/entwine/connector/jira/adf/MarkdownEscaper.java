package io.entwine.connector.jira.adf;

import java.util.regex.Pattern;

/**
 * Escapes plain text so that CommonMark/GFM reads it back literally. Characters are escaped only where
 * they could start markup, so ordinary prose ({@code a * b}, {@code snake_case}, {@code AT&T},
 * {@code #123}) stays readable. Characters at the edges of a run are escaped conservatively because the
 * neighbouring output is not known here. Stateless and thread-safe.
 */
final class MarkdownEscaper {

    /** Where a run of text sits; decides which line-start and context rules apply. */
    record Position(Place place, boolean lineStart, boolean lineEnd, boolean taskPrefixAllowed) {
    }

    /** The kind of inline container being written. */
    enum Place { PARAGRAPH, HEADING, TABLE_CELL }

    /** Stands for a neighbour outside the run that may be markup. */
    private static final char UNKNOWN = '\uFFFF';
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final Pattern ENTITY_LIKE =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern ATX_HEADING_START = Pattern.compile("#{1,6}([ \\t].*)?", Pattern.DOTALL);
    private static final Pattern ORDERED_MARKER = Pattern.compile("([0-9]{1,9})([.)])([ \\t].*)?", Pattern.DOTALL);
    private static final Pattern TASK_PREFIX = Pattern.compile("\\[[ xX]\\] .*", Pattern.DOTALL);
    private static final Pattern SETEXT_OR_BREAK = Pattern.compile("(-[-\\s]*|=+[ \\t]*)");
    private static final Pattern TABLE_DELIMITER_ROW =
            Pattern.compile("[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");
    private static final Pattern HEADING_CLOSING_RUN = Pattern.compile("(^|[ \\t])(#+)$");

    private MarkdownEscaper() {
    }

    static String escape(String text, Position position) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int start = 0;
        if (position.lineStart()) {
            start = escapeLineStart(text, position, out);
        }
        int end = text.length();
        int headingRunStart = -1;
        if (position.place() == Place.HEADING && position.lineEnd()) {
            var closing = HEADING_CLOSING_RUN.matcher(text);
            if (closing.find() && (closing.start(2) > 0 || position.lineStart())) {
                headingRunStart = closing.start(2);
            }
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // What follows the run is unknown (markup may follow) except at the end of a line.
            char prev = i > 0 ? text.charAt(i - 1) : UNKNOWN;
            char next = i + 1 < end ? text.charAt(i + 1) : position.lineEnd() ? '\n' : UNKNOWN;
            if (i == headingRunStart || needsEscape(c, prev, next, text, i, position)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Handles what only matters at the start of a line; returns how many chars it consumed. */
    private static int escapeLineStart(String text, Position position, StringBuilder out) {
        if (text.isEmpty()) {
            return 0;
        }
        char first = text.charAt(0);
        if (first == ' ' || first == '\t' || first == '\f' || first == '\u000B') {
            // Markdown strips leading whitespace of a line, and four spaces would start code.
            out.append("&#").append((int) first).append(';');
            return 1;
        }
        if (position.place() != Place.PARAGRAPH) {
            return 0;
        }
        if (position.taskPrefixAllowed() && TASK_PREFIX.matcher(text).matches()) {
            out.append(text, 0, 3);
            return 3;
        }
        boolean wholeLine = position.lineEnd();
        if (wholeLine && TABLE_DELIMITER_ROW.matcher(text).matches() && "|:-".indexOf(first) >= 0) {
            out.append('\\').append(first);
            return 1;
        }
        boolean escapeFirst = switch (first) {
            case '#' -> ATX_HEADING_START.matcher(text).matches();
            case '>' -> true;
            case '-', '+' -> text.length() == 1 || isBlankChar(text.charAt(1))
                    || (first == '-' && SETEXT_OR_BREAK.matcher(text).matches());
            case '=' -> SETEXT_OR_BREAK.matcher(text).matches();
            default -> false;
        };
        if (escapeFirst) {
            out.append('\\').append(first);
            return 1;
        }
        var ordered = ORDERED_MARKER.matcher(text);
        if (ordered.matches()) {
            out.append(ordered.group(1)).append('\\').append(ordered.group(2));
            return ordered.end(2);
        }
        return 0;
    }

    private static boolean needsEscape(char c, char prev, char next, String text, int index, Position position) {
        return switch (c) {
            // A backslash before punctuation escapes it; before a line end it is a hard break.
            case '\\' -> next == UNKNOWN || next == '\n' || isAsciiPunctuation(next);
            // Surrounded by whitespace, these can neither open nor close emphasis.
            case '*', '~' -> !(prev != UNKNOWN && next != UNKNOWN
                    && InlineCanonicalizer.isWhitespace(prev) && InlineCanonicalizer.isWhitespace(next));
            // Inside a word, an underscore can neither open nor close emphasis.
            case '_' -> !(Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next));
            case '`', '[', ']' -> true;
            case '<' -> next == UNKNOWN || Character.isLetter(next) || next == '/' || next == '!' || next == '?';
            case '!' -> next == UNKNOWN;
            case '&' -> startsCharacterReference(text, index);
            case '|' -> position.place() == Place.TABLE_CELL;
            default -> false;
        };
    }

    /** True if the line would make the line above it a GFM table header. */
    static boolean isTableDelimiterRow(String line) {
        return TABLE_DELIMITER_ROW.matcher(line).matches();
    }

    /** True if {@code text} has something at {@code index} that Markdown would decode as {@code &name;}. */
    static boolean startsCharacterReference(String text, int index) {
        return ENTITY_LIKE.matcher(text).region(index, text.length()).lookingAt();
    }

    static boolean isAsciiPunctuation(char c) {
        return ASCII_PUNCTUATION.indexOf(c) >= 0;
    }

    private static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t';
    }
}
