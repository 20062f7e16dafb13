package io.entwine.emulator.jira;

/**
 * A workflow status. {@code transitionId}/{@code transitionName} describe the one transition that leads
 * into it: the emulator runs Jira's simplified workflow, where every status can be reached from every other.
 */
record JiraStatus(String id, String name, String description, StatusCategory category,
                  String transitionId, String transitionName) {
}
