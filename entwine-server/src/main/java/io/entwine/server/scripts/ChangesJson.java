package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.model.ReplicaProperties;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.codec.ReplicaValues;
import io.entwine.model.diff.EntityChanges;
import io.entwine.model.diff.FieldConflict;
import io.entwine.model.diff.FieldSemantics;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of what an incoming run would write. Field values take their replica form (a user object, a
 * priority {@code {"id","name"}}, labels as strings, comments as in a replica); a cleared field is
 * {@code null}, a cleared list {@code []}. Stateless.
 */
final class ChangesJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChangesJson() {
    }

    /**
     * {@code {"fields": {...}, "status": name|null, "addedComments": [...], "editedComments": [...],
     * "deletedComments": [...]}}; a deleted comment is shown as it was on {@code local}.
     */
    static ObjectNode of(EntityChanges changes, HubIssue local) {
        ObjectNode o = NODES.objectNode();
        ObjectNode fields = o.putObject("fields");
        for (String field : changes.fields().fields()) fields.set(field, value(field, changes.fields().get(field)));
        if (changes.targetStatus() == null) o.putNull("status");
        else o.put("status", changes.targetStatus());
        o.set("addedComments", comments(changes.addedComments()));
        o.set("editedComments", comments(changes.editedComments()));
        List<HubComment> deleted = local.getComments().stream()
                .filter(c -> c.getId() != null && changes.deletedCommentIds().contains(c.getId())).toList();
        o.set("deletedComments", comments(deleted));
        return o;
    }

    /** {@code [{"field", "local", "remote"}]} for each conflict. */
    static ArrayNode conflicts(List<FieldConflict> conflicts) {
        ArrayNode a = NODES.arrayNode();
        for (FieldConflict c : conflicts) {
            ObjectNode o = a.addObject();
            o.put("field", c.field());
            o.set("local", value(c.field(), c.localValue()));
            o.set("remote", value(c.field(), c.remoteValue()));
        }
        return a;
    }

    /** One field's value in its replica form. */
    static JsonNode value(String field, Object value) {
        if (ReplicaProperties.STANDARD.contains(field)) return standard(field, value);
        if (field.equals(ReplicaProperties.CUSTOM_FIELDS) && value instanceof Map<?, ?> map) return customFields(map);
        return ReplicaValues.toJson(value);
    }

    private static JsonNode standard(String field, Object value) {
        HubIssue holder = new HubIssue();
        FieldSemantics.setStandardValue(holder, field, value);
        JsonNode written = ReplicaCodec.toJson(holder).get(field);
        if (written != null) return written;
        return value instanceof Collection<?> ? NODES.arrayNode() : NullNode.getInstance();
    }

    /** Changed custom fields by key; a cleared one keeps its name with {@code "value": null}. */
    private static JsonNode customFields(Map<?, ?> fields) {
        ObjectNode o = NODES.objectNode();
        for (Map.Entry<?, ?> e : fields.entrySet()) {
            String key = String.valueOf(e.getKey());
            JsonNode field = ReplicaValues.toJson(e.getValue());
            if (field instanceof ObjectNode f && e.getValue() instanceof HubCustomField && !f.has("value")) f.putNull("value");
            o.set(key, field);
        }
        return o;
    }

    private static ArrayNode comments(List<HubComment> comments) {
        HubIssue holder = new HubIssue();
        holder.setComments(comments);
        JsonNode written = ReplicaCodec.toJson(holder).get(ReplicaProperties.COMMENTS);
        return written instanceof ArrayNode a ? a : NODES.arrayNode();
    }
}
