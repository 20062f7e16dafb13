package io.entwine.emulator.jira;

import java.util.Comparator;
import java.util.function.Predicate;

/** A parsed JQL query: which issues match, and in which order they come back. */
record JqlQuery(Predicate<JiraIssue> where, Comparator<JiraIssue> order) {
}
