package io.entwine.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rules a new connection starts with, per connector kind: Groovy texts shipped as resources under
 * {@code io/entwine/script/defaults/<kind>-{outgoing,incoming}.groovy}, each documented in its header.
 * Stateless and thread-safe.
 */
public final class DefaultRules {

    /** Connector kinds that have default rules. */
    public static final List<String> KNOWN_KINDS = List.of("jira-cloud", "github");

    private DefaultRules() {
    }

    /** The default outgoing rules for this connector kind; IllegalArgumentException for an unknown kind. */
    public static String outgoing(String connectorKind) {
        return load(connectorKind, "outgoing");
    }

    /** The default incoming rules for this connector kind; IllegalArgumentException for an unknown kind. */
    public static String incoming(String connectorKind) {
        return load(connectorKind, "incoming");
    }

    private static String load(String kind, String direction) {
        if (!KNOWN_KINDS.contains(kind)) {
            throw new IllegalArgumentException("no default " + direction + " rules for connector kind '" + kind
                    + "'; known kinds: " + String.join(", ", KNOWN_KINDS));
        }
        String resource = "defaults/" + kind + "-" + direction + ".groovy";
        try (InputStream in = DefaultRules.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("default rules resource missing: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read default rules " + resource, e);
        }
    }
}
