package io.entwine.emulator.jira;

/** An issue priority; {@code isDefault} marks the one new issues get. */
record JiraPriority(String id, String name, String description, String statusColor, boolean isDefault) {
}
