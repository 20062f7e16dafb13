package io.entwine.api.replica;

/** A tracker IssueType by id and name. Scripts may assign a plain String; it becomes {@code new HubIssueType(null, name)}. */
public record HubIssueType(String id, String name) {

    public static HubIssueType named(String name) {
        return name == null ? null : new HubIssueType(null, name);
    }

    public String getId() { return id; }
    public String getName() { return name; }

    @Override
    public String toString() { return name; }
}
