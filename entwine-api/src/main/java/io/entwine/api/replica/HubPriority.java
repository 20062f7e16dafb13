package io.entwine.api.replica;

/** A tracker Priority by id and name. Scripts may assign a plain String; it becomes {@code new HubPriority(null, name)}. */
public record HubPriority(String id, String name) {

    public static HubPriority named(String name) {
        return name == null ? null : new HubPriority(null, name);
    }

    public String getId() { return id; }
    public String getName() { return name; }

    @Override
    public String toString() { return name; }
}
