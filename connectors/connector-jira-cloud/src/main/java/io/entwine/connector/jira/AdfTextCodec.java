package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.connector.jira.adf.AdfMarkdown;

/** The production {@link TextCodec}: GitHub-flavoured Markdown and ADF through {@link AdfMarkdown}. */
enum AdfTextCodec implements TextCodec {
    INSTANCE;

    @Override
    public String toMarkdown(JsonNode adfDocument) {
        return AdfMarkdown.toMarkdown(adfDocument);
    }

    @Override
    public ObjectNode toAdf(String markdown) {
        return AdfMarkdown.toAdf(markdown);
    }
}
