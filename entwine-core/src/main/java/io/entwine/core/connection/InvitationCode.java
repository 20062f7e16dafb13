package io.entwine.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.errors.ConfigException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What an invitation code carries. The code is {@code entwine1.} followed by base64url JSON; it contains
 * the shared secret, so it must be passed to the other node's admin over a private channel, like a password.
 */
public record InvitationCode(String connectionId, String connectionName, String inviterName, String inviterUrl,
                             byte[] secret, String token) {
    private static final String PREFIX = "entwine1.";
    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode() {
        ObjectNode n = JSON.createObjectNode();
        n.put("connectionId", connectionId);
        n.put("name", connectionName);
        n.put("inviter", inviterName);
        n.put("url", inviterUrl);
        n.put("secret", Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        n.put("token", token);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(n.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a code; anything malformed is a {@link ConfigException} saying what is wrong with it. */
    public static InvitationCode decode(String code) {
        if (code == null || !code.trim().startsWith(PREFIX)) {
            throw new ConfigException("not an Entwine invitation code: it must start with '" + PREFIX + "'");
        }
        JsonNode n;
        try {
            byte[] json = Base64.getUrlDecoder().decode(code.trim().substring(PREFIX.length()));
            n = JSON.readTree(json);
        } catch (Exception e) {
            throw new ConfigException("invitation code is damaged (cannot decode it): " + e.getMessage());
        }
        String id = text(n, "connectionId");
        String url = text(n, "url");
        String secret = text(n, "secret");
        String token = text(n, "token");
        byte[] secretBytes = Base64.getUrlDecoder().decode(secret);
        if (secretBytes.length < 32) throw new ConfigException("invitation code is damaged: the secret is too short");
        return new InvitationCode(id, n.path("name").asText(id), n.path("inviter").asText("peer"), url, secretBytes, token);
    }

    private static String text(JsonNode n, String field) {
        String value = n.path(field).asText(null);
        if (value == null || value.isBlank()) throw new ConfigException("invitation code is damaged: '" + field + "' is missing");
        return value;
    }
}
