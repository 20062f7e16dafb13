package io.entwine.connector.jira.adf;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings inline content into the one form both readers produce, so that equal-looking content is
 * equal. The rules follow what Markdown can carry:
 * <ul>
 *   <li>line endings inside text become {@link Inline.Break}s; empty text disappears;</li>
 *   <li>spaces and tabs at the end of a line, and breaks at the start or end, are dropped
 *       (Markdown strips them; they are invisible in Jira too);</li>
 *   <li>whitespace at the edge of an emphasis, strong or strike run loses that mark
 *       ({@code **bold **} cannot be written as a Markdown delimiter run);</li>
 *   <li>neighbouring text with equal marks is merged.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class InlineCanonicalizer {

    private static final char BREAK = '\n';

    private InlineCanonicalizer() {
    }

    static List<Inline> canonical(List<Inline> inlines) {
        StringBuilder chars = new StringBuilder();
        List<List<Mark>> marks = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                String unified = text.text().replace("\r\n", "\n").replace('\r', '\n');
                for (int i = 0; i < unified.length(); i++) {
                    chars.append(unified.charAt(i));
                    marks.add(unified.charAt(i) == BREAK ? List.of() : text.marks());
                }
            } else {
                chars.append(BREAK);
                marks.add(List.of());
            }
        }
        stripLineEnds(chars, marks);
        for (Mark.Type type : new Mark.Type[] {Mark.Type.EM, Mark.Type.STRONG, Mark.Type.STRIKE}) {
            unmarkEdgeWhitespace(chars, marks, type);
        }
        return rebuild(chars, marks);
    }

    /** Drops spaces and tabs (outside code) before each break and at the end, then outer breaks. */
    private static void stripLineEnds(StringBuilder chars, List<List<Mark>> marks) {
        for (int i = chars.length() - 1; i >= 0; i--) {
            boolean lineEnd = i == chars.length() - 1 || chars.charAt(i + 1) == BREAK;
            char c = chars.charAt(i);
            if (lineEnd && (c == ' ' || c == '\t') && !hasType(marks.get(i), Mark.Type.CODE)) {
                chars.deleteCharAt(i);
                marks.remove(i);
            }
        }
        while (chars.length() > 0 && chars.charAt(0) == BREAK) {
            chars.deleteCharAt(0);
            marks.remove(0);
        }
        while (chars.length() > 0 && chars.charAt(chars.length() - 1) == BREAK) {
            chars.deleteCharAt(chars.length() - 1);
            marks.remove(marks.size() - 1);
        }
    }

    /** Removes {@code type} from whitespace at both ends of each run carrying it; breaks don't end a run. */
    private static void unmarkEdgeWhitespace(StringBuilder chars, List<List<Mark>> marks, Mark.Type type) {
        int i = 0;
        while (i < chars.length()) {
            if (chars.charAt(i) == BREAK || !hasType(marks.get(i), type)) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i;
            while (j < chars.length() && (chars.charAt(j) == BREAK || hasType(marks.get(j), type))) {
                if (chars.charAt(j) != BREAK) {
                    last = j;
                }
                j++;
            }
            for (int k = first; k <= last && (chars.charAt(k) == BREAK || isWhitespace(chars.charAt(k))); k++) {
                marks.set(k, without(marks.get(k), type));
            }
            for (int k = last; k >= first && (chars.charAt(k) == BREAK || isWhitespace(chars.charAt(k))); k--) {
                marks.set(k, without(marks.get(k), type));
            }
            i = j;
        }
    }

    private static List<Inline> rebuild(StringBuilder chars, List<List<Mark>> marks) {
        List<Inline> result = new ArrayList<>();
        int i = 0;
        while (i < chars.length()) {
            if (chars.charAt(i) == BREAK) {
                result.add(Inline.BREAK);
                i++;
                continue;
            }
            int j = i;
            while (j < chars.length() && chars.charAt(j) != BREAK && marks.get(j).equals(marks.get(i))) {
                j++;
            }
            result.add(new Inline.Text(chars.substring(i, j), marks.get(i)));
            i = j;
        }
        return List.copyOf(result);
    }

    /** Whitespace in the sense of CommonMark's emphasis rules (Unicode Zs plus ASCII controls). */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u000B'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean hasType(List<Mark> marks, Mark.Type type) {
        for (Mark mark : marks) {
            if (mark.type() == type) {
                return true;
            }
        }
        return false;
    }

    private static List<Mark> without(List<Mark> marks, Mark.Type type) {
        if (!hasType(marks, type)) {
            return marks;
        }
        List<Mark> rest = new ArrayList<>(marks);
        rest.removeIf(mark -> mark.type() == type);
        return List.copyOf(rest);
    }
}
