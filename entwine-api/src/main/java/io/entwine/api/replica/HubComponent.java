package io.entwine.api.replica;

/** A project component. Scripts may assign a plain String; it becomes a component of that name. */
public record HubComponent(String id, String name, String description) {

    public static HubComponent named(String name) {
        return name == null ? null : new HubComponent(null, name, null);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }

    @Override
    public String toString() { return name; }
}
