package io.entwine.connector.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.WebhookRejectedException;
import io.entwine.connector.support.WebhookSignatures;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Verifies and reads GitHub webhook deliveries. With a secret configured, {@code X-Hub-Signature-256}
 * must be the HMAC-SHA256 of the raw body (401 otherwise). Events {@code issues} and {@code issue_comment}
 * of the configured repository report their issue; {@code issues.deleted} and {@code issues.transferred}
 * report it gone; {@code ping}, pull requests, other repositories and other events report nothing.
 * Thread-safe.
 */
final class WebhookParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] secret;
    private final String repository;

    WebhookParser(GitHubSettings settings) {
        this.secret = settings.webhookSecret() == null ? null : settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.repository = settings.fullName();
    }

    WebhookEvent parse(WebhookRequest request) {
        byte[] body = request.body() == null ? new byte[0] : request.body();
        if (secret != null) {
            String signature = request.header("X-Hub-Signature-256");
            if (signature == null) {
                throw new WebhookRejectedException(401, "GitHub webhook without X-Hub-Signature-256, but a webhook secret is configured");
            }
            if (!WebhookSignatures.verifySha256(secret, body, signature)) {
                throw new WebhookRejectedException(401, "GitHub webhook signature (X-Hub-Signature-256) does not match the configured secret");
            }
        }
        String event = request.header("X-GitHub-Event");
        if (event == null || event.isBlank()) throw new WebhookRejectedException(400, "GitHub webhook without X-GitHub-Event header");
        String delivery = request.header("X-GitHub-Delivery");
        JsonNode payload = payload(body, request.header("Content-Type"));
        return new WebhookEvent(delivery, event, changes(event, payload));
    }

    private List<ChangedEntity> changes(String event, JsonNode payload) {
        if (!event.equals("issues") && !event.equals("issue_comment")) return List.of();
        JsonNode issue = payload.get("issue");
        if (issue == null || !issue.isObject() || !issue.hasNonNull("number")) {
            throw new WebhookRejectedException(400, "GitHub " + event + " webhook without an issue object");
        }
        JsonNode number = issue.get("number");
        if (!number.isIntegralNumber() || !number.canConvertToLong() || number.longValue() < 1) {
            // found by WebhookParserFuzzTest: an object or text here became an issue "number" such as "" and was queued
            throw new WebhookRejectedException(400, "GitHub " + event + " webhook: issue.number must be a positive whole number, got "
                    + number.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String fullName = payload.path("repository").path("full_name").asText(null);
        if (fullName != null && !fullName.equalsIgnoreCase(repository)) return List.of();
        if (issue.has("pull_request")) return List.of();
        String action = payload.path("action").asText("");
        String actor = payload.path("sender").path("login").asText(null);
        Instant updated = time(issue, "updated_at");
        if (event.equals("issue_comment")) {
            // a comment edit or deletion leaves the issue's updated_at as it was; the comment's time is newer
            Instant commentUpdated = time(payload.path("comment"), "updated_at");
            if (commentUpdated != null && (updated == null || commentUpdated.isAfter(updated))) updated = commentUpdated;
            return List.of(new ChangedEntity(issue.get("number").asText(), updated, false, actor));
        }
        boolean gone = action.equals("deleted") || action.equals("transferred");
        return List.of(new ChangedEntity(issue.get("number").asText(), updated, gone, actor));
    }

    /** The JSON payload, sent as {@code application/json} or form-encoded as {@code payload=<json>}. */
    private static JsonNode payload(byte[] body, String contentType) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded") && text.startsWith("payload=")) {
            text = URLDecoder.decode(text.substring("payload=".length()), StandardCharsets.UTF_8);
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) throw new WebhookRejectedException(400, "GitHub webhook body is not a JSON object");
            return node;
        } catch (IOException e) {
            throw new WebhookRejectedException(400, "GitHub webhook body is not JSON: " + e.getMessage());
        }
    }

    private static Instant time(JsonNode node, String field) {
        String value = node.path(field).asText(null);
        if (value == null) return null;
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new WebhookRejectedException(400, "GitHub webhook has an unreadable " + field + " '" + value + "'");
        }
    }
}
