package io.entwine.connector.jira.adf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads ADF inline nodes into inline content. Nodes only ADF has degrade to readable text:
 * {@code mention} to {@code @Name}, {@code emoji} to its short name, {@code inlineCard} to a link,
 * {@code status} to {@code [TEXT]}, {@code date} to an ISO date, {@code mediaInline} to
 * {@code [attachment: name]}. Marks Markdown cannot carry (underline, textColor, subsup...) are dropped.
 * Unknown nodes give their text. Stateless and thread-safe; never throws on odd input.
 */
final class AdfInlineReader {

    static final Set<String> INLINE_TYPES = Set.of("text", "hardBreak", "mention", "emoji", "inlineCard",
            "status", "date", "mediaInline", "placeholder", "inlineExtension");

    private AdfInlineReader() {
    }

    static List<Inline> read(Iterable<JsonNode> nodes) {
        List<Inline> inlines = new ArrayList<>();
        for (JsonNode node : nodes) {
            add(inlines, node, 0);
        }
        return InlineCanonicalizer.canonical(inlines);
    }

    private static void add(List<Inline> inlines, JsonNode node, int depth) {
        JsonNode attrs = node.path("attrs");
        switch (Adf.type(node)) {
            case "text" -> inlines.add(new Inline.Text(node.path("text").asText(""), marks(node.path("marks"))));
            case "hardBreak" -> inlines.add(Inline.BREAK);
            case "mention" -> inlines.add(new Inline.Text(mention(attrs)));
            case "emoji" -> inlines.add(new Inline.Text(Adf.firstText(attrs, "shortName", "text")));
            case "inlineCard" -> {
                String url = Adf.cardUrl(attrs);
                if (!url.isEmpty()) {
                    inlines.add(new Inline.Text(url, List.of(Mark.link(url, null))));
                }
            }
            case "status" -> inlines.add(new Inline.Text(
                    "[" + attrs.path("text").asText("").toUpperCase(Locale.ROOT) + "]"));
            case "date" -> inlines.add(new Inline.Text(date(attrs.path("timestamp").asText(""))));
            case "mediaInline" -> inlines.add(new Inline.Text(Adf.attachmentLabel(attrs)));
            case "placeholder", "inlineExtension" -> {
                // Editor hints and macros without text.
            }
            default -> {
                if (depth >= PlainText.MAX_DEPTH) {
                    inlines.add(new Inline.Text(PlainText.of(node)));
                    return;
                }
                if (node.hasNonNull("text")) {
                    inlines.add(new Inline.Text(node.path("text").asText("")));
                }
                for (JsonNode child : node.path("content")) {
                    add(inlines, child, depth + 1);
                }
            }
        }
    }

    private static List<Mark> marks(JsonNode marks) {
        List<Mark> result = new ArrayList<>();
        for (JsonNode mark : marks) {
            switch (Adf.type(mark)) {
                case "em" -> result.add(Mark.EM);
                case "strong" -> result.add(Mark.STRONG);
                case "strike" -> result.add(Mark.STRIKE);
                case "code" -> result.add(Mark.CODE);
                case "link" -> {
                    String href = mark.path("attrs").path("href").asText("");
                    if (!href.isEmpty()) {
                        JsonNode title = mark.path("attrs").path("title");
                        result.add(Mark.link(href, title.isTextual() ? title.asText() : null));
                    }
                }
                default -> {
                    // underline, textColor, subsup, annotation...: Markdown has no equivalent.
                }
            }
        }
        return result;
    }

    private static String mention(JsonNode attrs) {
        String name = Adf.firstText(attrs, "text", "id");
        return name.startsWith("@") ? name : "@" + name;
    }

    /** ADF dates are epoch milliseconds as a string; shown as the UTC calendar date. */
    private static String date(String timestamp) {
        try {
            return LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(timestamp.strip())), ZoneOffset.UTC).toString();
        } catch (RuntimeException notEpochMillis) {
            return timestamp;
        }
    }
}
