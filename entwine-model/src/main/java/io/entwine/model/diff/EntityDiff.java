package io.entwine.model.diff;

import static io.entwine.model.ReplicaProperties.*;

import io.entwine.api.connector.FieldChanges;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubWorkLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the incoming rules changed on the local entity, as the writes an update needs: {@code before} is the entity
 * as read, {@code after} the same entity once the rules ran. Key, id, url, created, updated, resolution date,
 * project, type, reporter, creator, table name, entity type, repository and customKeys are never written on update
 * (type, project, table, entity type and repository matter at creation only); status moves by transition; comments,
 * attachments and work logs are created, edited and deleted one by one. Stateless and thread-safe; neither argument
 * is changed.
 */
public final class EntityDiff {
    /** The standard fields an update writes, in the order {@link FieldChanges} lists them. */
    static final List<String> WRITABLE = List.of(SUMMARY, DESCRIPTION, PRIORITY, RESOLUTION, LABELS, ASSIGNEE, ASSIGNEES,
            CUSTOM_FIELDS, PARENT_ID, ENVIRONMENT, WATCHERS, COMPONENTS, FIX_VERSIONS, AFFECTED_VERSIONS, DUE,
            ORIGINAL_ESTIMATE, REMAINING_ESTIMATE, TIME_SPENT, ISSUE_LINKS, SECURITY_LEVEL, SPRINT, AREA_PATH, ITERATION_PATH);

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
                fields.put(field, value instanceof Collection<?> c ? Collections.unmodifiableList(SubObjects.copies(c)) : value);
            }
        }
        Set<String> extras = new LinkedHashSet<>(before.extras().keySet());
        extras.addAll(after.extras().keySet());
        for (String name : extras) {
            if (!FieldSemantics.sameValue(before.extras().get(name), after.extras().get(name))) fields.put(name, after.extras().get(name));
        }
        String targetStatus = FieldSemantics.sameStatus(before.getStatus(), after.getStatus()) || after.getStatus() == null
                ? null : after.getStatus().name();
        Work<HubComment> comments = work(before.getComments(), after.getComments(), HubComment::getId, HubComment::copy,
                (was, now) -> !FieldSemantics.sameText(was.getBody(), now.getBody()) || was.isInternal() != now.isInternal());
        Work<HubAttachment> attachments = work(before.getAttachments(), after.getAttachments(), HubAttachment::getId,
                HubAttachment::copy, (was, now) -> false);
        Work<HubWorkLog> workLogs = work(before.getWorkLogs(), after.getWorkLogs(), HubWorkLog::getId, HubWorkLog::copy,
                (was, now) -> !SubObjects.sameWorkLog(was, now));
        return new EntityChanges(new FieldChanges(fields), targetStatus, comments.added, comments.edited, comments.deleted,
                attachments.added, attachments.deleted, workLogs.added, workLogs.edited, workLogs.deleted);
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

    /** Sub-objects to create (no id), edit (same id, {@code changed}) and delete (id gone), as copies. */
    private record Work<T>(List<T> added, List<T> edited, List<String> deleted) {
    }

    private static <T> Work<T> work(List<T> before, List<T> after, Function<T, String> id, UnaryOperator<T> copy,
                                    BiPredicate<T, T> changed) {
        Map<String, T> beforeById = new LinkedHashMap<>();
        for (T item : before) if (item != null && id.apply(item) != null) beforeById.put(id.apply(item), item);
        List<T> added = new ArrayList<>();
        List<T> edited = new ArrayList<>();
        Set<String> afterIds = new LinkedHashSet<>();
        for (T item : after) {
            if (item == null) continue;
            String itemId = id.apply(item);
            if (itemId == null) {
                added.add(copy.apply(item));
                continue;
            }
            afterIds.add(itemId);
            T was = beforeById.get(itemId);
            if (was != null && changed.test(was, item)) edited.add(copy.apply(item));
        }
        List<String> deleted = new ArrayList<>();
        for (String itemId : beforeById.keySet()) if (!afterIds.contains(itemId)) deleted.add(itemId);
        return new Work<>(added, edited, deleted);
    }
}
