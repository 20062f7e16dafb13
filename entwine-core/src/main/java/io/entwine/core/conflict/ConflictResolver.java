package io.entwine.core.conflict;

import io.entwine.api.replica.HubIssue;
import io.entwine.model.diff.FieldConflict;
import io.entwine.model.diff.FieldSemantics;
import io.entwine.model.diff.MergeResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies a {@link ConflictPolicy} to a {@link MergeResult} (which resolved every conflict to the remote value):
 * fields the policy keeps local get their local value back, and fields blocked by an open conflict keep their local
 * value whatever the remote sent. Pure, stateless and thread-safe; the arguments are not changed.
 */
public final class ConflictResolver {
    private static final String CUSTOM_FIELDS = "customFields.";
    private static final String CUSTOM_KEYS = "customKeys.";

    private ConflictResolver() {
    }

    /**
     * @param localTimes when this side first sent its current value of a field (null: unknown), for
     *                   {@link ConflictPolicy#NEWEST_WINS}
     * @param remoteTime the tracker timestamp of the received replica (null: unknown)
     * @param blocked    fields of this twin with an open (raised) conflict
     */
    public static Resolution resolve(ConflictPolicy policy, HubIssue local, MergeResult merge, Function<String, Instant> localTimes,
                                     Instant remoteTime, Set<String> blocked) {
        HubIssue target = merge.merged().copy();
        List<ConflictDecision> decisions = new ArrayList<>();
        for (FieldConflict conflict : merge.conflicts()) {
            if (blocked.contains(conflict.field())) continue; // already raised: stays local below
            ConflictOutcome outcome = decide(policy, conflict, localTimes.apply(conflict.field()), remoteTime);
            if (outcome != ConflictOutcome.REMOTE_APPLIED) restoreLocal(target, local, conflict.field());
            decisions.add(new ConflictDecision(conflict, outcome));
        }
        for (String field : blocked) restoreLocal(target, local, field);
        return new Resolution(target, decisions);
    }

    static ConflictOutcome decide(ConflictPolicy policy, FieldConflict conflict, Instant localTime, Instant remoteTime) {
        return switch (policy) {
            case APPLY_REMOTE -> ConflictOutcome.REMOTE_APPLIED;
            case KEEP_LOCAL -> ConflictOutcome.LOCAL_KEPT;
            case RAISE -> ConflictOutcome.RAISED;
            case NEWEST_WINS -> newer(conflict, localTime, remoteTime) ? ConflictOutcome.REMOTE_APPLIED : ConflictOutcome.LOCAL_KEPT;
        };
    }

    /**
     * True when the remote edit wins: it is later; on equal or unknown times, the greater value (as text) wins, a rule
     * that gives both sides the same winner since each compares the same two values.
     */
    private static boolean newer(FieldConflict conflict, Instant localTime, Instant remoteTime) {
        if (localTime != null && remoteTime != null && !localTime.equals(remoteTime)) return remoteTime.isAfter(localTime);
        return String.valueOf(conflict.remoteValue()).compareTo(String.valueOf(conflict.localValue())) > 0;
    }

    /** Puts the local value of {@code field} (a standard field, a custom field or customKeys entry, or an extra) back. */
    static void restoreLocal(HubIssue target, HubIssue local, String field) {
        if (field.startsWith(CUSTOM_FIELDS)) {
            restoreEntry(target.getCustomFields(), local.getCustomFields(), field.substring(CUSTOM_FIELDS.length()));
        } else if (field.startsWith(CUSTOM_KEYS)) {
            restoreEntry(target.getCustomKeys(), local.getCustomKeys(), field.substring(CUSTOM_KEYS.length()));
        } else if (FieldSemantics.standardFields().contains(field)) {
            FieldSemantics.setStandardValue(target, field, copy(FieldSemantics.standardValue(local, field)));
        } else {
            restoreEntry(target.extras(), local.extras(), field);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void restoreEntry(Map target, Map local, String key) {
        Object value = local.get(key);
        if (value == null) target.remove(key);
        else target.put(key, value instanceof io.entwine.api.replica.HubCustomField f ? f.copy() : value);
    }

    private static Object copy(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : value;
    }

    /** True when both values are equal as the merge compares a field (for tests and callers comparing states). */
    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
