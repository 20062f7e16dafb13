package io.entwine.api.replica;

import java.time.Instant;

/**
 * The sprint an entity is planned in (Jira's sprint field; Azure DevOps uses {@code iterationPath} instead).
 * {@code state} is the tracker's word ({@code active}, {@code closed}, {@code future}). Scripts may assign a plain
 * String (the name) or a number (the id).
 */
public record HubSprint(String id, String name, String state, Instant startDate, Instant endDate) {

    public static HubSprint named(String name) {
        return name == null ? null : new HubSprint(null, name, null, null, null);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getState() { return state; }
    public Instant getStartDate() { return startDate; }
    public Instant getEndDate() { return endDate; }

    @Override
    public String toString() { return name; }
}
