package io.entwine.api.replica;

/** A project version (fix version, affected version). Scripts may assign a plain String; it becomes a version of that name. */
public record HubVersion(String id, String name, String description) {

    public static HubVersion named(String name) {
        return name == null ? null : new HubVersion(null, name, null);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }

    @Override
    public String toString() { return name; }
}
