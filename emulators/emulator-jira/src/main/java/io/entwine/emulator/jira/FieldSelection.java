package io.entwine.emulator.jira;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which issue fields an answer carries, from Jira's {@code fields} parameter: names, {@code *all},
 * {@code *navigable} (everything but comments) and {@code -name} exclusions, comma-separated or repeated.
 * Unknown names are ignored, as Jira ignores them.
 */
final class FieldSelection {
    static final List<String> ALL = List.of("summary", "description", "status", "priority", "issuetype", "project",
            "assignee", "reporter", "creator", "labels", "created", "updated", "resolution", "resolutiondate",
            "statuscategorychangedate", "parent", "subtasks", "comment", "issuelinks", "worklog", "components", "fixVersions",
            "versions", "duedate", "environment", "timetracking", "timespent", "timeoriginalestimate", "timeestimate", "attachment");

    private final Set<String> included = new HashSet<>();
    private final Set<String> excluded = new HashSet<>();
    private boolean allCustom;

    private FieldSelection() {
    }

    /** Parses the raw parameter values; {@code defaultSpec} applies when none are given. */
    static FieldSelection parse(List<String> raw, String defaultSpec) {
        FieldSelection selection = new FieldSelection();
        List<String> values = raw == null || raw.stream().allMatch(String::isBlank) ? List.of(defaultSpec) : raw;
        Set<String> excluded = selection.excluded;
        for (String value : values) {
            for (String part : value.split(",")) {
                String name = part.trim();
                if (name.isEmpty()) continue;
                if (name.equals("*all") || name.equals("*navigable")) selection.allCustom = true;
                if (name.equals("*all")) selection.included.addAll(ALL);
                else if (name.equals("*navigable")) ALL.stream().filter(f -> !f.equals("comment")).forEach(selection.included::add);
                else if (name.startsWith("-")) excluded.add(name.substring(1));
                else selection.included.add(name);
            }
        }
        selection.included.removeAll(excluded);
        return selection;
    }

    boolean includes(String field) {
        return included.contains(field);
    }

    /** Whether the custom field with this id is asked for (by id, or by {@code *all}/{@code *navigable} and not excluded). */
    boolean includesCustom(String id) {
        return included.contains(id) || (allCustom && !excluded.contains(id));
    }

    /** True when at least one real field (not just {@code id}/{@code key}) is asked for. */
    boolean hasFields() {
        return ALL.stream().anyMatch(included::contains) || allCustom || included.stream().anyMatch(f -> f.startsWith("customfield_"));
    }
}
