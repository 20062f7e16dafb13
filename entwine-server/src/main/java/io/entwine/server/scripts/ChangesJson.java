package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.model.ReplicaProperties;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.codec.ReplicaValues;
import io.entwine.model.diff.EntityChanges;
import io.entwine.model.diff.FieldConflict;
import io.entwine.model.diff.FieldSemantics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

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
     * {@code {"fields": {...}, "status": name|null, "addedComments", "editedComments", "deletedComments",
     * "addedAttachments", "deletedAttachments", "addedWorkLogs", "editedWorkLogs", "deletedWorkLogs"}}; a deleted
     * sub-object is shown as it was on {@code local}.
     */
    static ObjectNode of(EntityChanges changes, HubIssue local) {
        ObjectNode o = NODES.objectNode();
        ObjectNode fields = o.putObject("fields");
        for (String field : changes.fields().fields()) fields.set(field, value(field, changes.fields().get(field)));
        if (changes.targetStatus() == null) o.putNull("status");
        else o.put("status", changes.targetStatus());
        o.set("addedComments", comments(changes.addedComments()));
        o.set("editedComments", comments(changes.editedComments()));
        o.set("deletedComments", comments(deleted(local.getComments(), changes.deletedCommentIds(), HubComment::getId)));
        o.set("addedAttachments", list(changes.addedAttachments(), HubIssue::setAttachments, ReplicaProperties.ATTACHMENTS));
        o.set("deletedAttachments", list(deleted(local.getAttachments(), changes.deletedAttachmentIds(), HubAttachment::getId),
                HubIssue::setAttachments, ReplicaProperties.ATTACHMENTS));
        o.set("addedWorkLogs", list(changes.addedWorkLogs(), HubIssue::setWorkLogs, ReplicaProperties.WORK_LOGS));
        o.set("editedWorkLogs", list(changes.editedWorkLogs(), HubIssue::setWorkLogs, ReplicaProperties.WORK_LOGS));
        o.set("deletedWorkLogs", list(deleted(local.getWorkLogs(), changes.deletedWorkLogIds(), HubWorkLog::getId),
                HubIssue::setWorkLogs, ReplicaProperties.WORK_LOGS));
        return o;
    }

    private static <T> List<T> deleted(List<T> local, List<String> ids, Function<T, String> id) {
        return local.stream().filter(item -> id.apply(item) != null && ids.contains(id.apply(item))).toList();
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
        return list(comments, HubIssue::setComments, ReplicaProperties.COMMENTS);
    }

    /** Sub-objects in their replica form: put on an empty issue, written, and read back from its property. */
    private static <T> ArrayNode list(List<T> items, BiConsumer<HubIssue, List<T>> setter, String property) {
        HubIssue holder = new HubIssue();
        setter.accept(holder, items);
        JsonNode written = ReplicaCodec.toJson(holder).get(property);
        return written instanceof ArrayNode a ? a : NODES.arrayNode();
    }
}
