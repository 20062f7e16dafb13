package io.entwine.core.incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.model.diff.ReplicaDiff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The echo baseline after an apply: the replica sent last, with exactly what the sync itself changed.
 *
 * <p>The outgoing rules run on the entity as read before the writes ({@code before}) and as written
 * ({@code written}). A property whose replica value differs between the two was changed by the sync, so
 * its written value becomes the baseline (its echo must not travel). Every other property keeps the value
 * of the replica sent last: if a person changed it in the tracker after that send and before this apply
 * read the entity, the difference stays and the queued local change still sends it (DESIGN.md invariant 3).
 * Comments are merged the same way, comment by comment.
 */
final class Baseline {
    private Baseline() {
    }

    static ObjectNode merge(JsonNode lastSent, ObjectNode before, ObjectNode written) {
        if (lastSent == null || !lastSent.isObject()) return written.deepCopy();
        ObjectNode baseline = ((ObjectNode) lastSent).deepCopy();
        Set<String> changedBySync = ReplicaDiff.changedProperties(before, written);
        for (String property : changedBySync) {
            if (property.equals("comments")) continue;
            JsonNode value = written.get(property);
            if (value == null || value.isNull()) baseline.remove(property);
            else baseline.set(property, value.deepCopy());
        }
        if (changedBySync.contains("comments")) {
            ArrayNode comments = comments(baseline.path("comments"), before.path("comments"), written.path("comments"));
            if (comments.isEmpty()) baseline.remove("comments");
            else baseline.set("comments", comments);
        }
        return baseline;
    }

    /** The last sent comments with the sync's own additions, edits and deletions applied. */
    private static ArrayNode comments(JsonNode sent, JsonNode before, JsonNode written) {
        Map<String, JsonNode> beforeById = byId(before);
        Map<String, JsonNode> writtenById = byId(written);
        ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (JsonNode comment : sent) {
            String id = comment.path("id").asText(null);
            boolean deletedBySync = id != null && beforeById.containsKey(id) && !writtenById.containsKey(id);
            if (deletedBySync) continue;
            boolean editedBySync = id != null && beforeById.containsKey(id) && writtenById.containsKey(id)
                    && !beforeById.get(id).equals(writtenById.get(id));
            out.add(editedBySync ? writtenById.get(id).deepCopy() : comment.deepCopy());
        }
        Map<String, JsonNode> sentById = byId(sent);
        for (Map.Entry<String, JsonNode> e : writtenById.entrySet()) {
            boolean addedBySync = !beforeById.containsKey(e.getKey()) && !sentById.containsKey(e.getKey());
            if (addedBySync) out.add(e.getValue().deepCopy());
        }
        return out;
    }

    private static Map<String, JsonNode> byId(JsonNode comments) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode c : comments) {
            String id = c.path("id").asText(null);
            if (id != null) out.put(id, c);
        }
        return out;
    }
}
