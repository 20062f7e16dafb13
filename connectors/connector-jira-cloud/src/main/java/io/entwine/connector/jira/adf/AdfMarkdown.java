package io.entwine.connector.jira.adf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Converts Jira Cloud rich text (Atlassian Document Format) to and from GitHub-flavoured Markdown,
 * Entwine's neutral text form.
 *
 * <p>Both directions cover paragraphs, hard breaks, headings, strong, emphasis, strike, inline code,
 * fenced code with language, links and autolinks, nested bullet and ordered lists, blockquotes, rules
 * and tables. Markdown images become links (ADF comments cannot show external images); ADF-only nodes
 * degrade to readable Markdown (mentions, emoji, cards, panels, status, dates, media, expands). Text
 * that looks like Markdown is escaped, so it comes back literally.
 *
 * <p>Line ends: as on GitHub issues and in Jira, a single line end inside a paragraph is a line break
 * (ADF {@code hardBreak}) and is written back as a plain line end; a second break in a row, and breaks
 * in headings and table cells, are written as {@code <br>}. Formatting whose Markdown delimiters would not
 * read back (e.g. bold that starts with punctuation inside a word) is written as {@code <strong>},
 * {@code <em>}, {@code <del>} or {@code <code>}, which GitHub renders and this class reads.
 *
 * <p>Threading and failure: all methods are pure functions, thread-safe, CPU-bound and non-blocking.
 * They never throw for odd input: unknown ADF nodes keep their text and every string is Markdown.
 */
public final class AdfMarkdown {

    private AdfMarkdown() {
    }

    /**
     * Converts an ADF document ({@code {"type":"doc","version":1,"content":[...]}}) to Markdown.
     *
     * @param adfDoc the document; a bare ADF node or a plain JSON string is accepted too
     * @return the Markdown, "" for an empty document, null when {@code adfDoc} is null, JSON null or missing
     */
    public static String toMarkdown(JsonNode adfDoc) {
        if (adfDoc == null || adfDoc.isNull() || adfDoc.isMissingNode()) {
            return null;
        }
        return MarkdownWriter.write(AdfReader.read(adfDoc));
    }

    /**
     * Converts Markdown to an ADF document that Jira Cloud accepts as a description or comment body.
     *
     * @return a new {@code doc} node owned by the caller, or null when {@code markdown} is null
     */
    public static ObjectNode toAdf(String markdown) {
        return markdown == null ? null : AdfWriter.write(MarkdownReader.read(markdown));
    }

    /**
     * The text as Jira will give it back after we write it: {@code toMarkdown(toAdf(markdown))}.
     * Idempotent; use it as the baseline to recognise the echo of our own write.
     *
     * @return the normalised Markdown, or null when {@code markdown} is null
     */
    public static String normalize(String markdown) {
        return toMarkdown(toAdf(markdown));
    }
}
