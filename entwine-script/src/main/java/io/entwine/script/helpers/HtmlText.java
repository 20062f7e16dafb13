package io.entwine.script.helpers;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML to plain text ({@code nodeHelper.stripHtml}) and Markdown to HTML ({@code nodeHelper.getHtmlField}).
 * Stripping keeps line structure (a break or the end of a block becomes a new line, a list item starts with
 * "- "), drops script and style content, decodes entities and collapses runs of blank lines. Thread-safe.
 */
public final class HtmlText {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|h[1-6]|li|tr|ul|ol|table|blockquote|pre)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern BLANK_RUN = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*)+\\n");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…", "copy", "©");
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();

    private HtmlText() {
    }

    /** The text of an HTML fragment; null gives null. */
    public static String strip(String html) {
        if (html == null) return null;
        String text = HIDDEN.matcher(html).replaceAll("");
        text = COMMENT.matcher(text).replaceAll("");
        text = BREAK.matcher(text).replaceAll("\n");
        text = LIST_ITEM.matcher(text).replaceAll("- ");
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decode(text.replace("\r\n", "\n"));
        text = BLANK_RUN.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    /** Markdown rendered as HTML (raw HTML in the text is escaped); null gives null. */
    public static String markdownToHtml(String markdown) {
        if (markdown == null) return null;
        return HTML.render(MARKDOWN.parse(markdown));
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) replacement = codePoint(name.substring(2), 16, m.group());
            else if (name.startsWith("#")) replacement = codePoint(name.substring(1), 10, m.group());
            else replacement = NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String digits, int radix, String original) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : original;
        } catch (NumberFormatException tooLong) {
            return original;
        }
    }
}
