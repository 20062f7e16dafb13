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
    public static final String ENVIRONMENT = "environment";
    public static final String WATCHERS = "watchers";
    public static final String COMPONENTS = "components";
    public static final String FIX_VERSIONS = "fixVersions";
    public static final String AFFECTED_VERSIONS = "affectedVersions";
    public static final String DUE = "due";
    public static final String RESOLUTION_DATE = "resolutionDate";
    public static final String ORIGINAL_ESTIMATE = "originalEstimate";
    public static final String REMAINING_ESTIMATE = "remainingEstimate";
    public static final String TIME_SPENT = "timeSpent";
    public static final String ISSUE_LINKS = "issueLinks";
    public static final String ATTACHMENTS = "attachments";
    public static final String WORK_LOGS = "workLogs";
    public static final String SECURITY_LEVEL = "securityLevel";
    public static final String SPRINT = "sprint";
    public static final String AREA_PATH = "areaPath";
    public static final String ITERATION_PATH = "iterationPath";
    public static final String TABLE_NAME = "tableName";
    public static final String ENTITY_TYPE = "entityType";
    public static final String REPOSITORY = "repository";
    public static final String CUSTOM_FIELDS = "customFields";
    public static final String CUSTOM_KEYS = "customKeys";

    /**
     * The standard fields in canonical order, without {@code customFields} and {@code customKeys}. Fields added to
     * the format later come after {@code parentId}, so a replica that does not use them keeps its canonical bytes.
     */
    public static final List<String> STANDARD = List.of(ID, KEY, URL, SUMMARY, DESCRIPTION, STATUS, PRIORITY,
            RESOLUTION, TYPE, PROJECT, ASSIGNEE, REPORTER, CREATOR, ASSIGNEES, LABELS, COMMENTS, CREATED, UPDATED,
            PARENT_ID, ENVIRONMENT, WATCHERS, COMPONENTS, FIX_VERSIONS, AFFECTED_VERSIONS, DUE, RESOLUTION_DATE,
            ORIGINAL_ESTIMATE, REMAINING_ESTIMATE, TIME_SPENT, ISSUE_LINKS, ATTACHMENTS, WORK_LOGS, SECURITY_LEVEL,
            SPRINT, AREA_PATH, ITERATION_PATH, TABLE_NAME, ENTITY_TYPE, REPOSITORY);

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
