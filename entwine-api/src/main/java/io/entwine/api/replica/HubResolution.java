package io.entwine.api.replica;

/** A tracker Resolution by id and name. Scripts may assign a plain String; it becomes {@code new HubResolution(null, name)}. */
public record HubResolution(String id, String name) {

    public static HubResolution named(String name) {
        return name == null ? null : new HubResolution(null, name);
    }

    public String getId() { return id; }
    public String getName() { return name; }

    @Override
    public String toString() { return name; }
}
