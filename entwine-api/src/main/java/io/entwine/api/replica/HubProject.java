package io.entwine.api.replica;

/** The project (Jira project, GitHub repository "owner/name") an entity belongs to. */
public record HubProject(String key, String name) {

    public String getKey() { return key; }
    public String getName() { return name; }

    @Override
    public String toString() { return key; }
}
