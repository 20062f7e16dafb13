package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.SyncException;
import io.entwine.api.errors.WebhookRejectedException;
import io.entwine.connector.support.WebhookSignatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Jira admin webhooks: registering one for the project (issue and comment events, JQL filter
 * {@code project = KEY}, signed with the configured secret) and reading deliveries, which are verified
 * against {@code X-Hub-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>} when a secret is set.
 * Thread-safe.
 */
final class JiraWebhooks {
    static final List<String> EVENTS = List.of("jira:issue_created", "jira:issue_updated", "jira:issue_deleted",
            "comment_created", "comment_updated", "comment_deleted");
    private static final Logger log = LoggerFactory.getLogger(JiraWebhooks.class);

    private final JiraApi api;
    private final String project;
    private final String secret;

    JiraWebhooks(JiraApi api, String project, String secret) {
        this.api = api;
        this.project = project;
        this.secret = secret;
    }

    /** Registers the hook unless one with this URL exists; false when Jira will not let us (not an administrator). */
    boolean ensure(String callbackUrl) {
        try {
            for (JsonNode hook : api.adminWebhooks()) {
                if (callbackUrl.equals(hook.path("url").asText())) return true;
            }
            ObjectNode body = JiraApi.JSON.createObjectNode();
            body.put("name", "Entwine sync of " + project);
            body.put("url", callbackUrl);
            ArrayNode events = body.putArray("events");
            EVENTS.forEach(events::add);
            body.putObject("filters").put("issue-related-events-section", "project = \"" + project + "\"");
            body.put("excludeBody", false);
            if (secret != null) body.put("secret", secret);
            api.registerAdminWebhook(body);
            log.info("registered a Jira admin webhook for project {} to {}", project, callbackUrl);
            return true;
        } catch (SyncException refused) {
            if (refused instanceof io.entwine.api.errors.RetriableSyncException) throw refused;
            log.warn("Jira did not let the connector register a webhook for {} ({}); changes will be found by polling only",
                    project, refused.getMessage());
            return false;
        }
    }

    WebhookEvent parse(WebhookRequest request) {
        if (secret != null) {
            String signature = request.header("X-Hub-Signature");
            if (signature == null) throw new WebhookRejectedException(401, "Jira webhook without X-Hub-Signature, but a webhook secret is configured");
            if (!WebhookSignatures.verifySha256(secret.getBytes(StandardCharsets.UTF_8), request.body(), signature)) {
                throw new WebhookRejectedException(401, "Jira webhook X-Hub-Signature does not match the body under the configured secret");
            }
        }
        JsonNode payload;
        try {
            payload = JiraApi.JSON.readTree(request.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new WebhookRejectedException(400, "Jira webhook body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new WebhookRejectedException(400, "Jira webhook body cannot be read: " + e.getMessage());
        }
        if (payload == null || !payload.isObject() || !payload.path("webhookEvent").isTextual()) {
            throw new WebhookRejectedException(400, "Jira webhook body has no webhookEvent");
        }
        String event = payload.get("webhookEvent").asText();
        String deliveryId = request.header("X-Atlassian-Webhook-Identifier");
        String key = payload.path("issue").path("key").asText(null);
        if (key == null || !key.startsWith(project + "-")) return new WebhookEvent(deliveryId, event, List.of());
        try {
            return new WebhookEvent(deliveryId, event, List.of(change(event, key, payload)));
        } catch (SyncException malformed) {
            throw new WebhookRejectedException(400, "Jira webhook " + event + " for " + key + ": " + malformed.getMessage());
        }
    }

    private static ChangedEntity change(String event, String key, JsonNode payload) {
        Instant updated = JiraTimestamps.parse(payload.path("issue").path("fields").path("updated").asText(null), "issue.fields.updated");
        boolean deleted = event.equals("jira:issue_deleted");
        if (deleted && payload.path("timestamp").canConvertToLong()) {
            updated = Instant.ofEpochMilli(payload.get("timestamp").asLong()); // a deletion happens after the last update
        }
        String actor = payload.path("user").path("accountId").asText(null);
        if (actor == null) actor = payload.path("comment").path("updateAuthor").path("accountId").asText(null);
        return new ChangedEntity(key, updated, deleted, actor);
    }
}
