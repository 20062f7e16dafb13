package io.entwine.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The JSON bodies a receiver answers with, shared by both ends so they agree: {@code {"status":"accepted"}} (2xx),
 * {@code {"status":"duplicate"}} with 409 when the message id was already received (the sender counts it as
 * delivered), and {@code {"status":"rejected","reason":"..."}} with the rejection's status.
 */
public final class PeerAnswers {

    /** Status 409 with {@link #duplicate()} means "already received", not a conflict. */
    public static final int DUPLICATE_STATUS = 409;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PeerAnswers() {
    }

    public static byte[] accepted() {
        return status("accepted").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] duplicate() {
        return status("duplicate").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] rejected(String reason) {
        return status("rejected").put("reason", reason).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code body} is a {@link #duplicate()} answer. */
    static boolean isDuplicate(byte[] body) {
        return parse(body).map(node -> "duplicate".equals(node.path("status").asText())).orElse(false);
    }

    /** The {@code reason} of a rejection answer, else its text (shortened), else a note that there was none. */
    static String reasonOf(byte[] body) {
        Optional<String> reason = parse(body).map(node -> node.path("reason").asText("")).filter(r -> !r.isBlank());
        if (reason.isPresent()) {
            return reason.get();
        }
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "no reason given";
        }
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private static ObjectNode status(String status) {
        return JSON.createObjectNode().put("status", status);
    }

    private static Optional<JsonNode> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(body)).filter(JsonNode::isObject);
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
