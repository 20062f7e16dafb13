package io.entwine.api.replica;

/** An issue security level by id and name. Scripts may assign a plain String; it becomes a level of that name. */
public record HubSecurityLevel(String id, String name) {

    public static HubSecurityLevel named(String name) {
        return name == null ? null : new HubSecurityLevel(null, name);
    }

    public String getId() { return id; }
    public String getName() { return name; }

    @Override
    public String toString() { return name; }
}
