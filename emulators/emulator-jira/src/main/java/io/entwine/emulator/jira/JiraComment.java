package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A comment on an issue; the body is the ADF document as the client sent it. Guarded by the site's monitor. */
final class JiraComment {
    final String id;
    final String authorAccountId;
    final Instant created;
    String updateAuthorAccountId;
    JsonNode body;
    Instant updated;
    /** Comment properties (key -> JSON value), set in the create body; listed with {@code expand=properties}. */
    final Map<String, JsonNode> properties = new LinkedHashMap<>();

    JiraComment(String id, String authorAccountId, JsonNode body, Instant created) {
        this.id = id;
        this.authorAccountId = authorAccountId;
        this.updateAuthorAccountId = authorAccountId;
        this.body = body;
        this.created = created;
        this.updated = created;
    }
}
