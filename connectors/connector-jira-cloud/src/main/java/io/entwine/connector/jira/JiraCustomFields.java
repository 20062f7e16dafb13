package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubCustomField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's custom fields from {@code GET /field}: id, name and the replica type their schema maps to (text,
 * number, date, datetime, option, options, cascading, user, users). Fields of other schemas are left out: the
 * connector neither reads nor writes them. Read at start and again when a write names a field not known yet.
 * Thread-safe.
 */
final class JiraCustomFields {
    /** One custom field; {@code adf} for a multi-line text field, whose value is an ADF document in v3. */
    record Definition(String id, String name, String type, boolean adf) {
    }

    private final JiraApi api;
    private volatile Map<String, Definition> byId = Map.of();

    JiraCustomFields(JiraApi api) {
        this.api = api;
    }

    void load() {
        Map<String, Definition> read = new LinkedHashMap<>();
        for (JsonNode f : api.fields()) {
            if (!f.path("custom").asBoolean(false)) continue;
            String type = typeOf(f.path("schema"));
            if (type == null) continue;
            String id = f.path("id").asText();
            read.put(id, new Definition(id, f.path("name").asText(id), type, f.path("schema").path("custom").asText("").endsWith(":textarea")));
        }
        byId = Map.copyOf(read);
    }

    /** The replica type for a field schema, or null for a schema the connector does not map. */
    static String typeOf(JsonNode schema) {
        String items = schema.path("items").asText("");
        return switch (schema.path("type").asText("")) {
            case "string" -> HubCustomField.TEXT;
            case "number" -> HubCustomField.NUMBER;
            case "date" -> HubCustomField.DATE;
            case "datetime" -> HubCustomField.DATETIME;
            case "option" -> HubCustomField.OPTION;
            case "option-with-child" -> HubCustomField.CASCADING;
            case "user" -> HubCustomField.USER;
            case "array" -> items.equals("option") ? HubCustomField.OPTIONS : items.equals("user") ? HubCustomField.USERS : null;
            default -> null;
        };
    }

    List<Definition> all() {
        return new ArrayList<>(byId.values());
    }

    /** The field with this id or (case-insensitively) this name, reloading once when it is not known; null when none. */
    Definition find(String idOrName) {
        Definition found = lookUp(idOrName);
        if (found != null) return found;
        load();
        return lookUp(idOrName);
    }

    /** As {@link #find} without reloading: never calls Jira. */
    Definition known(String idOrName) {
        return lookUp(idOrName);
    }

    private Definition lookUp(String idOrName) {
        if (idOrName == null) return null;
        Definition byKey = byId.get(idOrName);
        if (byKey != null) return byKey;
        for (Definition d : byId.values()) if (d.name().toLowerCase(Locale.ROOT).equals(idOrName.toLowerCase(Locale.ROOT))) return d;
        return null;
    }
}
