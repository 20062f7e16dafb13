package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.replica.HubIssue;
import io.entwine.model.ReplicaProperties;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.codec.ReplicaFormatException;
import io.entwine.store.rule.Direction;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a dry run's input from JSON: the request body of {@code POST /api/scripts/test} (also the corpus's case
 * form) and the entity files of {@code entwine script test}. Entities use the replica JSON form
 * ({@code "$schema": "entwine/replica/v1"}), with {@code $schema} optional. Every mistake is a
 * {@link ConfigException} naming the input and the JSON path. Stateless.
 */
public final class DryRunInput {
    /** The properties a request may have. */
    public static final List<String> REQUEST_FIELDS = List.of("connector", "direction", "script", "scriptName", "issue",
            "replica", "previous", "firstSync", "issueUrl", "connection", "remote", "twins");

    private DryRunInput() {
    }

    /**
     * A request from its JSON form: {@code {"connector", "direction", "script", "scriptName", "issue", "replica",
     * "previous", "firstSync", "issueUrl", "connection", "remote", "twins"}}; {@code connector} defaults to
     * {@code defaultKind} (the node's), unknown properties are refused (they are typos of these). {@code twins} is
     * the form {@link #twins(JsonNode, String)} reads.
     */
    public static DryRunRequest request(JsonNode body, String defaultKind) {
        if (body == null || !body.isObject()) throw new ConfigException("the dry run request must be a JSON object");
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!REQUEST_FIELDS.contains(name)) {
                throw new ConfigException("unknown property '" + name + "' in the dry run request; known: " + String.join(", ", REQUEST_FIELDS));
            }
        }
        String kind = text(body, "connector");
        return new DryRunRequest(kind == null ? defaultKind : kind, direction(text(body, "direction")),
                text(body, "scriptName"), text(body, "script"),
                optionalEntity(body, "issue"), optionalEntity(body, "replica"), optionalEntity(body, "previous"),
                bool(body, "firstSync"), text(body, "issueUrl"), text(body, "connection"), text(body, "remote"),
                body.hasNonNull("twins") ? twins(body.get("twins"), "twins") : List.of());
    }

    /**
     * Twins the script may look up: {@code [{"remoteId", "remoteKey", "remoteUrl", "local": {entity}}]}, the local
     * entity in the replica form with its key (or id); {@code what} names the input in errors.
     */
    public static List<KnownTwin> twins(JsonNode json, String what) {
        if (json == null || !json.isArray()) throw new ConfigException(what + ": expected a list of twins [{\"remoteId\", \"remoteKey\", \"local\"}]");
        List<KnownTwin> twins = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            JsonNode twin = json.get(i);
            String at = what + "[" + i + "]";
            if (!twin.isObject() || !twin.hasNonNull("local")) throw new ConfigException(at + ": a twin needs its 'local' entity");
            try {
                twins.add(new KnownTwin(text(twin, "remoteId"), text(twin, "remoteKey"), text(twin, "remoteUrl"),
                        entity(twin.get("local"), at + ".local")));
            } catch (ConfigException e) {
                throw e.getMessage().startsWith(at) ? e : new ConfigException(at + ": " + e.getMessage());
            }
        }
        return twins;
    }

    /** Twins from JSON text (a file of {@code entwine script test --twins}). */
    public static List<KnownTwin> twins(String json, String what) {
        try {
            return twins(ReplicaCodec.parse(json), what);
        } catch (ReplicaFormatException e) {
            throw new ConfigException(what + ": " + e.getMessage(), e);
        }
    }

    /** {@code outgoing} or {@code incoming}, any case. */
    public static Direction direction(String text) {
        if (text == null || text.isBlank()) throw new ConfigException("the direction is required: outgoing or incoming");
        try {
            return Direction.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("the direction must be 'outgoing' or 'incoming', got '" + text + "'");
        }
    }

    /** An entity from JSON text; {@code what} names the input in errors (a file name, "issue"). */
    public static HubIssue entity(String json, String what) {
        try {
            return entity(ReplicaCodec.parse(json), what);
        } catch (ReplicaFormatException e) {
            throw new ConfigException(what + ": " + e.getMessage(), e);
        }
    }

    /** An entity from its replica JSON form; {@code $schema} may be left out. */
    public static HubIssue entity(JsonNode json, String what) {
        if (json == null || !json.isObject()) throw new ConfigException(what + ": expected a JSON object (the replica form of an entity)");
        ObjectNode withSchema = JsonNodeFactory.instance.objectNode();
        if (!json.has(ReplicaProperties.SCHEMA)) withSchema.put(ReplicaProperties.SCHEMA, ReplicaCodec.SCHEMA_V1);
        for (Map.Entry<String, JsonNode> e : json.properties()) withSchema.set(e.getKey(), e.getValue());
        try {
            return ReplicaCodec.fromJson(withSchema);
        } catch (ReplicaFormatException e) {
            throw new ConfigException(what + ": " + e.getMessage(), e);
        }
    }

    private static HubIssue optionalEntity(JsonNode body, String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : entity(node, name);
    }

    private static String text(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw new ConfigException("'" + name + "' must be a string");
        return node.textValue();
    }

    private static boolean bool(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) return false;
        if (!node.isBoolean()) throw new ConfigException("'" + name + "' must be true or false");
        return node.booleanValue();
    }
}
