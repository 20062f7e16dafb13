package io.entwine.api.replica;

/** A tracker Status by id and name. Scripts may assign a plain String; it becomes {@code new HubStatus(null, name)}. */
public record HubStatus(String id, String name) {

    public static HubStatus named(String name) {
        return name == null ? null : new HubStatus(null, name);
    }

    public String getId() { return id; }
    public String getName() { return name; }

    @Override
    public String toString() { return name; }
}
