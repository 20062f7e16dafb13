package io.entwine.model.diff;

import static io.entwine.model.ReplicaProperties.CUSTOM_FIELDS;
import static io.entwine.model.ReplicaProperties.CUSTOM_KEYS;
import static io.entwine.model.ReplicaProperties.UPDATED;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubIssue;
import io.entwine.model.codec.ReplicaCodec;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which top-level properties differ between two replicas under {@link FieldSemantics}, ignoring the volatile
 * {@code updated} and {@code $schema}. The engine diffs a fresh outgoing replica against the last one it sent:
 * no difference means nothing travels (no echo). Stateless and thread-safe.
 */
public final class ReplicaDiff {

    private ReplicaDiff() {
    }

    /**
     * The top-level properties (standard names, {@code customFields}, {@code customKeys}, extra names) whose values
     * differ, in canonical order. A null replica counts as an empty one (nothing sent yet).
     *
     * @throws io.entwine.model.codec.ReplicaFormatException when either tree is not a readable replica
     */
    public static Set<String> changedProperties(JsonNode a, JsonNode b) {
        return changedProperties(read(a), read(b));
    }

    /** As {@link #changedProperties(JsonNode, JsonNode)}, for replicas already read; null counts as empty. */
    public static Set<String> changedProperties(HubIssue a, HubIssue b) {
        HubIssue x = a == null ? new HubIssue() : a;
        HubIssue y = b == null ? new HubIssue() : b;
        Set<String> changed = new LinkedHashSet<>();
        for (String field : FieldSemantics.standardFields()) {
            if (!field.equals(UPDATED) && !FieldSemantics.sameStandardField(field, x, y)) changed.add(field);
        }
        if (!sameEntries(x.getCustomFields(), y.getCustomFields(), FieldSemantics::sameCustomField)) changed.add(CUSTOM_FIELDS);
        if (!sameEntries(x.getCustomKeys(), y.getCustomKeys(), FieldSemantics::sameValue)) changed.add(CUSTOM_KEYS);
        Set<String> extras = new LinkedHashSet<>(x.extras().keySet());
        extras.addAll(y.extras().keySet());
        for (String name : extras) {
            if (!FieldSemantics.sameValue(x.extras().get(name), y.extras().get(name))) changed.add(name);
        }
        return changed;
    }

    /** True when the two replicas carry the same values: sending the second would be an echo. */
    public static boolean isEmpty(JsonNode a, JsonNode b) {
        return changedProperties(a, b).isEmpty();
    }

    /** As {@link #isEmpty(JsonNode, JsonNode)}, for replicas already read. */
    public static boolean isEmpty(HubIssue a, HubIssue b) {
        return changedProperties(a, b).isEmpty();
    }

    static <V> boolean sameEntries(Map<String, ? extends V> a, Map<String, ? extends V> b, BiPredicate<Object, Object> same) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) if (!same.test(a.get(key), b.get(key))) return false;
        return true;
    }

    private static HubIssue read(JsonNode replica) {
        return replica == null || replica.isNull() || replica.isMissingNode() ? new HubIssue() : ReplicaCodec.fromJson(replica);
    }
}
