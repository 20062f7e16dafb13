package io.entwine.emulator.jira;

/** A Jira project: its numeric id, key (issue key prefix) and name; {@code leadAccountId} is its lead. */
record JiraProject(String id, String key, String name, String leadAccountId) {
}
