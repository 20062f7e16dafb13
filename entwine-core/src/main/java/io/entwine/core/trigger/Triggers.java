package io.entwine.core.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.api.errors.ConfigException;
import io.entwine.store.StoreTx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where each connection's trigger queries are kept: the node settings, one JSON list per connection. An empty list
 * means "no triggers": the connection's {@code syncAll} setting alone decides what new entities sync.
 */
public final class Triggers {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bounds the evaluation cost: every trigger runs a paged tracker search. */
    public static final int MAX_PER_CONNECTION = 20;

    private Triggers() {
    }

    static String settingName(String connectionId) {
        return "triggers:" + connectionId;
    }

    /** The connection's trigger queries, in the order they were set. */
    public static List<String> get(StoreTx tx, String connectionId) {
        return tx.settings().get(settingName(connectionId)).map(Triggers::parse).orElse(List.of());
    }

    /**
     * Replaces the connection's triggers; blank and repeated queries are dropped.
     *
     * @throws ConfigException when there are more than {@link #MAX_PER_CONNECTION}
     */
    public static List<String> set(StoreTx tx, String connectionId, List<String> queries) {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String q : queries) if (q != null && !q.isBlank()) kept.add(q.trim());
        if (kept.size() > MAX_PER_CONNECTION) {
            throw new ConfigException("a connection takes at most " + MAX_PER_CONNECTION + " triggers, got " + kept.size());
        }
        List<String> list = new ArrayList<>(kept);
        try {
            tx.settings().put(settingName(connectionId), JSON.writeValueAsString(list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode triggers", e);
        }
        return List.copyOf(list);
    }

    private static List<String> parse(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return List.copyOf(JSON.readValue(json, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            throw new ConfigException("stored triggers are not a JSON list of queries: " + e.getOriginalMessage());
        }
    }
}
