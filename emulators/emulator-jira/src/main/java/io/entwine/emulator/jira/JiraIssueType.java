package io.entwine.emulator.jira;

/** An issue type; sub-task types need a parent and sit one hierarchy level below standard types. */
record JiraIssueType(String id, String name, String description, boolean subtask) {

    int hierarchyLevel() {
        return subtask ? -1 : 0;
    }
}
