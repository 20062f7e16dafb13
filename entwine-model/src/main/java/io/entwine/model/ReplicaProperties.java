package io.entwine.model;

import java.util.List;
import java.util.Set;

/**
 * The top-level property names of a replica, in their canonical (serialised) order. The standard fields are
 * the {@link io.entwine.api.replica.HubIssue} property list; every other top-level property is an extra.
 * Constants only; safe from any thread.
 */
public final class ReplicaProperties {
    public static final String SCHEMA = "$schema";
    public static final String ID = "id";
    public static final String KEY = "key";
    public static final String URL = "url";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String STATUS = "status";
    public static final String PRIORITY = "priority";
    public static final String RESOLUTION = "resolution";
    public static final String TYPE = "type";
    public static final String PROJECT = "project";
    public static final String ASSIGNEE = "assignee";
    public static final String REPORTER = "reporter";
    public static final String CREATOR = "creator";
    public static final String ASSIGNEES = "assignees";
    public static final String LABELS = "labels";
    public static final String COMMENTS = "comments";
    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String PARENT_ID = "parentId";
    public static final String CUSTOM_FIELDS = "customFields";
    public static final String CUSTOM_KEYS = "customKeys";

    /** The standard fields in canonical order, without {@code customFields} and {@code customKeys}. */
    public static final List<String> STANDARD = List.of(ID, KEY, URL, SUMMARY, DESCRIPTION, STATUS, PRIORITY,
            RESOLUTION, TYPE, PROJECT, ASSIGNEE, REPORTER, CREATOR, ASSIGNEES, LABELS, COMMENTS, CREATED, UPDATED,
            PARENT_ID);

    /** Names an extra may not take, because the replica already gives them a meaning. */
    public static final Set<String> RESERVED = reserved();

    private ReplicaProperties() {
    }

    /** True when {@code name} is a standard field, {@code customFields}, {@code customKeys} or {@code $schema}. */
    public static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    private static Set<String> reserved() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(STANDARD);
        names.add(SCHEMA);
        names.add(CUSTOM_FIELDS);
        names.add(CUSTOM_KEYS);
        return Set.copyOf(names);
    }
}
