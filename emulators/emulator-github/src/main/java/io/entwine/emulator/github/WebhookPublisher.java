package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.emulator.core.WebhookDispatcher;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Builds GitHub webhook deliveries ({@code issues}, {@code issue_comment}, {@code ping}) and hands them to
 * the shared {@link WebhookDispatcher}: payloads {@code {action, issue, comment?, changes?, label?,
 * assignee?, repository, sender}}, headers {@code X-GitHub-Event}, {@code X-GitHub-Delivery},
 * {@code X-GitHub-Hook-ID}, {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body with the hook's
 * secret) and a Hookshot user agent. Called under the world lock, so payloads are consistent snapshots
 * and deliveries keep the order of the changes.
 */
final class WebhookPublisher {
    static final String USER_AGENT = "GitHub-Hookshot/8e2c5a1";
    private static final String[] ZEN = {"Keep it logically awesome.", "Design for failure.", "Speak like a human.",
            "Half measures are as bad as nothing at all.", "Favor focus over features.", "Avoid administrative distraction."};

    private final Representations json;
    private final RepositoryRepresentation repositories;
    private final WebhookDispatcher dispatcher;

    WebhookPublisher(Representations json, RepositoryRepresentation repositories, WebhookDispatcher dispatcher) {
        this.json = json;
        this.repositories = repositories;
        this.dispatcher = dispatcher;
    }

    /** An {@code issues} event; {@code extras} adds {@code changes}, {@code label} or {@code assignee}. */
    void issueEvent(Repo repo, Issue issue, String action, Account sender, Consumer<ObjectNode> extras) {
        if (issue.pullRequest || repo.hooks.values().stream().noneMatch(h -> h.wants("issues"))) return;
        ObjectNode payload = Representations.MAPPER.createObjectNode();
        payload.put("action", action);
        payload.set("issue", json.issue(repo, issue));
        extras.accept(payload);
        payload.set("repository", repositories.repository(repo));
        payload.set("sender", json.simpleUser(sender));
        publish(repo, "issues", payload);
    }

    /** An {@code issue_comment} event; {@code extras} adds {@code changes}. */
    void commentEvent(Repo repo, Comment comment, String action, Account sender, Consumer<ObjectNode> extras) {
        if (repo.hooks.values().stream().noneMatch(h -> h.wants("issue_comment"))) return;
        ObjectNode payload = Representations.MAPPER.createObjectNode();
        payload.put("action", action);
        payload.set("issue", json.issue(repo, comment.issue));
        payload.set("comment", json.comment(repo, comment));
        extras.accept(payload);
        payload.set("repository", repositories.repository(repo));
        payload.set("sender", json.simpleUser(sender));
        publish(repo, "issue_comment", payload);
    }

    /** The {@code ping} GitHub sends to a hook when it is created (and on {@code POST .../pings}). */
    void ping(Repo repo, Hook hook, Account sender) {
        ObjectNode payload = Representations.MAPPER.createObjectNode();
        payload.put("zen", ZEN[(int) (hook.id % ZEN.length)]);
        payload.put("hook_id", hook.id);
        payload.set("hook", json.hook(repo, hook));
        payload.set("repository", repositories.repository(repo));
        payload.set("sender", json.simpleUser(sender));
        deliver(repo, hook, "ping", payload);
    }

    private void publish(Repo repo, String event, ObjectNode payload) {
        for (Hook hook : repo.hooks.values()) if (hook.wants(event)) deliver(repo, hook, event, payload);
    }

    private void deliver(Repo repo, Hook hook, String event, ObjectNode payload) {
        String text = payload.toString();
        boolean form = "form".equals(hook.contentType);
        byte[] body = (form ? "payload=" + URLEncoder.encode(text, StandardCharsets.UTF_8) : text)
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", USER_AGENT);
        headers.put("Content-Type", form ? "application/x-www-form-urlencoded" : "application/json");
        headers.put("X-GitHub-Event", event);
        headers.put("X-GitHub-Delivery", UUID.randomUUID().toString());
        headers.put("X-GitHub-Hook-ID", String.valueOf(hook.id));
        headers.put("X-GitHub-Hook-Installation-Target-ID", String.valueOf(repo.id));
        headers.put("X-GitHub-Hook-Installation-Target-Type", "repository");
        if (hook.secret != null && !hook.secret.isEmpty()) {
            headers.put("X-Hub-Signature", "sha1=" + hmac("HmacSHA1", hook.secret, body));
            headers.put("X-Hub-Signature-256", "sha256=" + hmac("HmacSHA256", hook.secret, body));
        }
        dispatcher.deliver(hook.url, headers, body);
    }

    static String hmac(String algorithm, String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }
}
