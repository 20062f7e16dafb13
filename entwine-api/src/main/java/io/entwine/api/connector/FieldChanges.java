package io.entwine.api.connector;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The standard fields an update must write, by the {@link io.entwine.api.replica.HubIssue} property name
 * ({@code summary}, {@code description}, {@code priority}, {@code labels}, {@code assignee}, {@code assignees},
 * {@code customFields}...), each with its new value as the HubIssue holds it. Status is not among them:
 * status moves through {@link TrackerConnector#transition}. A connector that cannot write a field throws
 * an {@code EntityException} naming it.
 */
public record FieldChanges(Map<String, Object> values) {

    public FieldChanges {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() { return values.isEmpty(); }

    public boolean has(String field) { return values.containsKey(field); }

    public Object get(String field) { return values.get(field); }

    public Set<String> fields() { return values.keySet(); }
}
