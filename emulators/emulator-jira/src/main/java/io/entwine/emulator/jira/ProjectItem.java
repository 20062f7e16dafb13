package io.entwine.emulator.jira;

/** A project component or version: id, name, description (may be null), and the project it belongs to. */
record ProjectItem(String id, String name, String description, JiraProject project) {
}
