package io.entwine.script.helpers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What changed in the other side's attachments or work logs since the previous replica, from the traces
 * (remote id -> local id): <b>added</b> = replica items without a trace; <b>changed</b> = traced items that differ
 * from the same item in {@code previous} (or, when {@code previous} lacks it, from the local item they are traced
 * to); <b>removed</b> = traced items of {@code previous} that are no longer in the replica. Items without an id
 * cannot be traced and are ignored. Immutable lists of the replica's (added, changed) and previous' (removed)
 * objects, in their order.
 */
public record SubObjectDeltas<T>(List<T> added, List<T> changed, List<T> removed) {

    public SubObjectDeltas {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /**
     * @param same  true when two versions of one item carry the same content
     * @param local the local items (null when unknown: a traced item absent from previous then counts as changed)
     */
    public static <T> SubObjectDeltas<T> compute(List<T> replica, List<T> previous, Map<String, String> remoteToLocal,
                                                 List<T> local, Function<T, String> id, BiPredicate<T, T> same) {
        Map<String, String> traces = remoteToLocal == null ? Map.of() : remoteToLocal;
        Map<String, T> before = byId(previous, id);
        Map<String, T> localById = local == null ? null : byId(local, id);
        List<T> added = new ArrayList<>();
        List<T> changed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (T item : replica) {
            String itemId = item == null ? null : id.apply(item);
            if (itemId == null) continue;
            present.add(itemId);
            String localId = traces.get(itemId);
            if (localId == null) {
                added.add(item);
            } else if (before.containsKey(itemId)) {
                if (!same.test(before.get(itemId), item)) changed.add(item);
            } else if (localById == null) {
                changed.add(item);
            } else {
                T mine = localById.get(localId);
                if (mine != null && !same.test(mine, item)) changed.add(item);
            }
        }
        List<T> removed = new ArrayList<>();
        if (previous != null) {
            for (T item : previous) {
                String itemId = item == null ? null : id.apply(item);
                if (itemId != null && traces.containsKey(itemId) && !present.contains(itemId)) removed.add(item);
            }
        }
        return new SubObjectDeltas<>(added, changed, removed);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        if (items != null) for (T item : items) if (item != null && id.apply(item) != null) map.putIfAbsent(id.apply(item), item);
        return map;
    }
}
