package io.entwine.emulator.jira;

/** An issue link type: its name ({@code Blocks}) and the wording of each direction ({@code blocks}, {@code is blocked by}). */
record LinkType(String id, String name, String inward, String outward) {
}
