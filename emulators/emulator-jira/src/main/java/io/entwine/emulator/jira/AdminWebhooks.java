package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.emulator.core.WebhookDispatcher;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Jira's admin webhooks ({@code /rest/webhooks/1.0/webhook}): the registered hooks and the delivery of
 * events to those whose event list and JQL filter match, through the core {@link WebhookDispatcher}.
 * A hook with a secret gets {@code X-Hub-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>}.
 * Guarded by the site's monitor.
 */
final class AdminWebhooks {
    static final String FILTER = "issue-related-events-section";

    /** One registered hook; {@code secret} is never rendered back. */
    record Hook(long id, String name, String url, List<String> events, String jqlFilter, boolean excludeBody,
                String secret, String lastUpdatedUser, Instant lastUpdated) {
    }

    private final WebhookDispatcher dispatcher;
    private final Map<Long, Hook> hooks = new LinkedHashMap<>();
    private long nextId = 1;

    AdminWebhooks(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    WebhookDispatcher dispatcher() {
        return dispatcher;
    }

    /** Validates a registration body; {@code filterCheck} throws a 400 for a JQL filter Jira would refuse. */
    Hook save(Long id, JsonNode input, String actorAccountId, Instant now, java.util.function.Consumer<String> filterCheck) {
        if (input == null || !input.isObject()) throw JiraError.badRequest("The webhook must be a JSON object.");
        String name = input.path("name").asText("");
        String url = input.path("url").asText("");
        if (name.isBlank()) throw JiraError.fields(Map.of("name", "The webhook name is required."));
        if (!url.startsWith("http://") && !url.startsWith("https://")) throw JiraError.fields(Map.of("url", "The webhook URL must be an absolute http(s) URL."));
        if (!input.path("events").isArray() || input.path("events").isEmpty()) throw JiraError.fields(Map.of("events", "Select at least one event."));
        List<String> events = new ArrayList<>();
        input.get("events").forEach(e -> events.add(e.asText()));
        String filter = input.path("filters").path(FILTER).asText("");
        if (!filter.isBlank()) filterCheck.accept(filter);
        String secret = input.path("secret").asText(null);
        long hookId = id == null ? nextId++ : id;
        Hook hook = new Hook(hookId, name, url, List.copyOf(events), filter, input.path("excludeBody").asBoolean(false),
                secret == null || secret.isEmpty() ? null : secret, actorAccountId, now);
        hooks.put(hookId, hook);
        return hook;
    }

    List<Hook> list() {
        return new ArrayList<>(hooks.values());
    }

    Hook get(long id) {
        Hook hook = hooks.get(id);
        if (hook == null) throw JiraError.notFound("Webhook with id " + id + " does not exist.");
        return hook;
    }

    boolean delete(long id) {
        return hooks.remove(id) != null;
    }

    ObjectNode render(Hook hook, String siteUrl) {
        ObjectNode node = JiraJson.MAPPER.createObjectNode();
        node.put("self", siteUrl + "/rest/webhooks/1.0/webhook/" + hook.id());
        node.put("name", hook.name());
        node.put("url", hook.url());
        hook.events().forEach(node.putArray("events")::add);
        node.putObject("filters").put(FILTER, hook.jqlFilter());
        node.put("excludeBody", hook.excludeBody());
        node.put("enabled", true);
        node.put("lastUpdatedUser", hook.lastUpdatedUser());
        node.put("lastUpdated", hook.lastUpdated().toEpochMilli());
        return node;
    }

    /**
     * Sends {@code payload} for {@code event} on {@code issue} to every hook that listens to the event and
     * whose filter matches the issue ({@code matches} evaluates a JQL filter against it).
     */
    void publish(String event, JiraIssue issue, ObjectNode payload, java.util.function.BiPredicate<String, JiraIssue> matches) {
        if (hooks.isEmpty()) return;
        byte[] body = JiraJson.write(payload).getBytes(StandardCharsets.UTF_8);
        for (Hook hook : hooks.values()) {
            if (!hook.events().contains(event)) continue;
            if (!hook.jqlFilter().isBlank() && !matches.test(hook.jqlFilter(), issue)) continue;
            byte[] sent = hook.excludeBody() ? new byte[0] : body;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json; charset=utf-8");
            headers.put("User-Agent", "Atlassian Webhook HTTP Client");
            headers.put("X-Atlassian-Webhook-Identifier", UUID.randomUUID().toString());
            headers.put("X-Atlassian-Webhook-Flow", "Primary");
            if (hook.secret() != null) headers.put("X-Hub-Signature", "sha256=" + hmacSha256Hex(hook.secret(), sent));
            dispatcher.deliver(expand(hook.url(), issue), headers, sent);
        }
    }

    private static String expand(String url, JiraIssue issue) {
        return url.replace("${issue.key}", issue.key).replace("${issue.id}", issue.id)
                .replace("${project.key}", issue.project.key()).replace("${project.id}", issue.project.id());
    }

    static String hmacSha256Hex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
