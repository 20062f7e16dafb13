package io.entwine.model.diff;

import static io.entwine.model.ReplicaProperties.*;

import io.entwine.api.connector.FieldChanges;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the incoming rules changed on the local entity, as the writes an update needs: {@code before} is the entity
 * as read, {@code after} the same entity once the rules ran. Key, id, url, created, updated, project, type,
 * reporter, creator and customKeys are never written on update (type and project matter at creation only); status
 * moves by transition; comments are created, edited and deleted one by one. Stateless and thread-safe; neither
 * argument is changed.
 */
public final class EntityDiff {
    /** The standard fields an update writes, in the order {@link FieldChanges} lists them. */
    static final List<String> WRITABLE = List.of(SUMMARY, DESCRIPTION, PRIORITY, RESOLUTION, LABELS, ASSIGNEE, ASSIGNEES,
            CUSTOM_FIELDS, PARENT_ID);

    private EntityDiff() {
    }

    /**
     * The changes from {@code before} to {@code after} under {@link FieldSemantics}. Field values are as
     * {@code after} holds them (lists copied); {@code customFields} holds only the changed entries, a removed one
     * as a field with a null value; an extra that was removed is listed with a null value.
     */
    public static EntityChanges between(HubIssue before, HubIssue after) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : WRITABLE) {
            if (field.equals(CUSTOM_FIELDS)) {
                Map<String, HubCustomField> changed = changedCustomFields(before.getCustomFields(), after.getCustomFields());
                if (!changed.isEmpty()) fields.put(CUSTOM_FIELDS, Collections.unmodifiableMap(changed));
            } else if (!FieldSemantics.sameStandardField(field, before, after)) {
                Object value = FieldSemantics.standardValue(after, field);
                fields.put(field, value instanceof Collection<?> c ? Collections.unmodifiableList(new ArrayList<>(c)) : value);
            }
        }
        Set<String> extras = new LinkedHashSet<>(before.extras().keySet());
        extras.addAll(after.extras().keySet());
        for (String name : extras) {
            if (!FieldSemantics.sameValue(before.extras().get(name), after.extras().get(name))) fields.put(name, after.extras().get(name));
        }
        String targetStatus = FieldSemantics.sameStatus(before.getStatus(), after.getStatus()) || after.getStatus() == null
                ? null : after.getStatus().name();
        return comments(new FieldChanges(fields), targetStatus, before.getComments(), after.getComments());
    }

    private static Map<String, HubCustomField> changedCustomFields(Map<String, HubCustomField> before, Map<String, HubCustomField> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        Map<String, HubCustomField> changed = new LinkedHashMap<>();
        for (String key : keys) {
            Object was = before.get(key);
            Object now = after.get(key);
            if (FieldSemantics.sameCustomField(was, now)) continue;
            changed.put(key, now != null ? asField(key, now) : cleared(key, was));
        }
        return changed;
    }

    /** Scripts may have put a bare value into the live map; it means a field of that name with that value. */
    private static HubCustomField asField(String key, Object value) {
        return value instanceof HubCustomField f ? f.copy() : new HubCustomField(null, key, null, value);
    }

    private static HubCustomField cleared(String key, Object was) {
        HubCustomField field = asField(key, was);
        field.setValue(null);
        return field;
    }

    private static EntityChanges comments(FieldChanges fields, String targetStatus, List<HubComment> before, List<HubComment> after) {
        Map<String, HubComment> beforeById = new LinkedHashMap<>();
        for (HubComment c : before) if (c != null && c.getId() != null) beforeById.put(c.getId(), c);
        List<HubComment> added = new ArrayList<>();
        List<HubComment> edited = new ArrayList<>();
        Set<String> afterIds = new LinkedHashSet<>();
        for (HubComment c : after) {
            if (c == null) continue;
            if (c.getId() == null) {
                added.add(c.copy());
                continue;
            }
            afterIds.add(c.getId());
            HubComment was = beforeById.get(c.getId());
            if (was != null && (!FieldSemantics.sameText(was.getBody(), c.getBody()) || was.isInternal() != c.isInternal())) {
                edited.add(c.copy());
            }
        }
        List<String> deleted = new ArrayList<>();
        for (String id : beforeById.keySet()) if (!afterIds.contains(id)) deleted.add(id);
        return new EntityChanges(fields, targetStatus, added, edited, deleted);
    }
}
