package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Test codec: Markdown paragraphs (separated by blank lines) as ADF paragraphs of plain text. Stands in for
 * the real ADF converter in tests that are about the connector's calls, not about rich-text fidelity.
 */
final class ParagraphCodec implements TextCodec {

    @Override
    public String toMarkdown(JsonNode adf) {
        if (adf == null || adf.isNull()) return null;
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode block : adf.path("content")) {
            StringBuilder text = new StringBuilder();
            for (JsonNode inline : block.path("content")) text.append(inline.path("text").asText());
            paragraphs.add(text.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    @Override
    public ObjectNode toAdf(String markdown) {
        ObjectNode doc = JiraApi.JSON.createObjectNode();
        doc.put("type", "doc");
        doc.put("version", 1);
        var content = doc.putArray("content");
        for (String paragraph : markdown.strip().split("\\n\\s*\\n")) {
            if (paragraph.isBlank()) continue;
            ObjectNode p = content.addObject();
            p.put("type", "paragraph");
            ObjectNode t = p.putArray("content").addObject();
            t.put("type", "text");
            t.put("text", paragraph.strip().replaceAll("\\s*\\n\\s*", " "));
        }
        return doc;
    }
}
