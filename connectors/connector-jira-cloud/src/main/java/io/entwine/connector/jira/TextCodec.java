package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Converts rich text between the replica's Markdown and Jira Cloud's Atlassian Document Format. The one
 * seam between the mapping and the ADF converter ({@code io.entwine.connector.jira.adf.AdfMarkdown}).
 * Implementations are stateless and thread-safe.
 */
interface TextCodec {

    /** Markdown for an ADF document; null for a missing or null document. */
    String toMarkdown(JsonNode adfDocument);

    /** An ADF document ({@code {"type":"doc","version":1,...}}) for Markdown text (never null for non-null text). */
    ObjectNode toAdf(String markdown);
}
