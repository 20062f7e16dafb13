package io.entwine.api.replica;

import java.util.Objects;

/**
 * One custom field value, reachable by name and by id ({@code issue.customFields."Story Points".value}).
 * {@code type} is the tracker's field type hint (string, number, date, option, ...), null when unknown.
 */
public final class HubCustomField {
    private final String id;
    private final String name;
    private final String type;
    private Object value;

    public HubCustomField(String id, String name, String type, Object value) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.value = value;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getType() { return type; }
    public Object getValue() { return value; }
    public void setValue(Object value) { this.value = value; }

    public HubCustomField copy() {
        return new HubCustomField(id, name, type, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HubCustomField f && Objects.equals(id, f.id) && Objects.equals(name, f.name)
                && Objects.equals(type, f.type) && Objects.equals(value, f.value);
    }

    @Override
    public int hashCode() { return Objects.hash(id, name, value); }

    @Override
    public String toString() { return name + "=" + value; }
}
