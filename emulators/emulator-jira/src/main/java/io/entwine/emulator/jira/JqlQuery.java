package io.entwine.emulator.jira;

import java.util.Comparator;
import java.util.function.Predicate;

/** A parsed JQL query: which issues match, in which order they come back, and whether it restricts anything. */
record JqlQuery(Predicate<JiraIssue> where, Comparator<JiraIssue> order, boolean bounded) {
}
