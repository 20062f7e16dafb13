package io.entwine.emulator.jira;

/** A link between two issues: {@code outward} "blocks" {@code inward}, for type Blocks. */
record JiraLink(String id, LinkType type, JiraIssue outward, JiraIssue inward) {

    boolean involves(JiraIssue issue) {
        return outward == issue || inward == issue;
    }
}
