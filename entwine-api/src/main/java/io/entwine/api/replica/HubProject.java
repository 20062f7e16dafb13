package io.entwine.api.replica;

import java.util.List;

/**
 * The project (Jira project, GitHub repository "owner/name") an entity belongs to, with the versions and
 * components the tracker offers in it when the connector read them (empty otherwise). Immutable.
 */
public record HubProject(String key, String name, List<HubVersion> versions, List<HubComponent> components) {

    public HubProject {
        versions = versions == null ? List.of() : List.copyOf(versions);
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** A project known by key and name only. */
    public HubProject(String key, String name) {
        this(key, name, List.of(), List.of());
    }

    public String getKey() { return key; }
    public String getName() { return name; }
    public List<HubVersion> getVersions() { return versions; }
    public List<HubComponent> getComponents() { return components; }

    @Override
    public String toString() { return key; }
}
