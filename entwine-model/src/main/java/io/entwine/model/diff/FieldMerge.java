package io.entwine.model.diff;

import static io.entwine.model.ReplicaProperties.ATTACHMENTS;
import static io.entwine.model.ReplicaProperties.COMMENTS;
import static io.entwine.model.ReplicaProperties.CUSTOM_FIELDS;
import static io.entwine.model.ReplicaProperties.CUSTOM_KEYS;
import static io.entwine.model.ReplicaProperties.WORK_LOGS;

import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The field-level merge that keeps concurrent edits of different fields on both sides. The engine runs the
 * incoming rules twice on copies of the local entity: with the received replica ({@code afterReplica}) and with
 * the previously received one ({@code afterPrevious}). Where the two agree on a field, the remote side changed
 * nothing that maps onto it and the local value stays; where they differ, the remote change is applied. Standard
 * fields, custom field entries, customKeys entries and extras are merged one by one; comments, attachments and work
 * logs are always taken from {@code afterReplica} (they merge by their traces). When the remote changed a field and the local value
 * differs from both the base and the remote one, a {@link FieldConflict} is reported and the remote value is
 * kept ("apply remote"); the engine applies other policies. Stateless and thread-safe; the arguments are not
 * changed.
 */
public final class FieldMerge {
    /** Sub-object lists that merge by their traces, not field by field. */
    private static final List<String> BY_TRACES = List.of(COMMENTS, ATTACHMENTS, WORK_LOGS);

    private FieldMerge() {
    }

    /**
     * @param local         the local entity as read now
     * @param afterPrevious a copy of {@code local} after the incoming rules ran with the previously received replica
     * @param afterReplica  a copy of {@code local} after the incoming rules ran with the received replica
     * @return a new merged HubIssue (nothing shared that a caller could mutate into the arguments, except immutable
     *         values and customKeys/extras values) and the conflicts, in field order
     * @throws IllegalArgumentException when a live list holds something its HubIssue setter refuses
     */
    public static MergeResult merge(HubIssue local, HubIssue afterPrevious, HubIssue afterReplica) {
        HubIssue merged = local.copy();
        List<FieldConflict> conflicts = new ArrayList<>();
        for (String field : FieldSemantics.standardFields()) {
            if (BY_TRACES.contains(field) || FieldSemantics.sameStandardField(field, afterPrevious, afterReplica)) continue;
            if (!FieldSemantics.sameStandardField(field, local, afterPrevious) && !FieldSemantics.sameStandardField(field, local, afterReplica)) {
                conflicts.add(new FieldConflict(field, FieldSemantics.standardValue(local, field),
                        FieldSemantics.standardValue(afterPrevious, field), FieldSemantics.standardValue(afterReplica, field)));
            }
            FieldSemantics.setStandardValue(merged, field, FieldSemantics.standardValue(afterReplica, field));
        }
        for (String field : BY_TRACES) FieldSemantics.setStandardValue(merged, field, FieldSemantics.standardValue(afterReplica, field));
        mergeEntries(CUSTOM_FIELDS + ".", entries(local.getCustomFields()), entries(afterPrevious.getCustomFields()),
                entries(afterReplica.getCustomFields()), entries(merged.getCustomFields()), FieldSemantics::sameCustomField, conflicts);
        mergeEntries(CUSTOM_KEYS + ".", local.getCustomKeys(), afterPrevious.getCustomKeys(), afterReplica.getCustomKeys(),
                merged.getCustomKeys(), FieldSemantics::sameValue, conflicts);
        mergeEntries("", local.extras(), afterPrevious.extras(), afterReplica.extras(), merged.extras(),
                FieldSemantics::sameValue, conflicts);
        return new MergeResult(merged, conflicts);
    }

    /** One map, entry by entry, under the same rule as a standard field; a remotely removed entry is removed. */
    private static void mergeEntries(String prefix, Map<String, Object> local, Map<String, Object> base, Map<String, Object> remote,
                                     Map<String, Object> merged, BiPredicate<Object, Object> same, List<FieldConflict> conflicts) {
        Set<String> keys = new LinkedHashSet<>(base.keySet());
        keys.addAll(remote.keySet());
        for (String key : keys) {
            Object baseValue = base.get(key);
            Object remoteValue = remote.get(key);
            if (same.test(baseValue, remoteValue)) continue;
            Object localValue = local.get(key);
            if (!same.test(localValue, baseValue) && !same.test(localValue, remoteValue)) {
                conflicts.add(new FieldConflict(prefix + key, localValue, baseValue, remoteValue));
            }
            if (remoteValue == null) merged.remove(key);
            else merged.put(key, copyIfField(remoteValue));
        }
    }

    private static Object copyIfField(Object value) {
        return value instanceof HubCustomField f ? f.copy() : value;
    }

    /** Scripts can put any value into the live maps, so entries are handled as plain objects. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> entries(Map<String, ?> map) {
        return (Map<String, Object>) map;
    }
}
