package io.entwine.emulator.jira;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The multi-valued JQL fields: how to read an issue's values for a field, and how to turn a query value
 * into the same canonical form (ids for project, status, priority and type; upper-case keys), rejecting
 * values that name nothing with Jira's message.
 */
final class JqlFields {
    private JqlFields() {
    }

    static Function<JiraIssue, List<String>> values(String field) {
        return switch (field) {
            case "project" -> i -> List.of(i.project.id());
            case "key", "issuekey", "id" -> i -> List.of(i.key, i.id);
            case "status" -> i -> List.of(i.status.id());
            case "priority" -> i -> i.priority == null ? List.of() : List.of(i.priority.id());
            case "issuetype", "type" -> i -> List.of(i.type.id());
            case "labels" -> i -> new ArrayList<>(i.labels);
            case "assignee" -> i -> optional(i.assigneeAccountId);
            case "reporter" -> i -> optional(i.reporterAccountId);
            case "creator" -> i -> optional(i.creatorAccountId);
            case "parent" -> i -> i.parent == null ? List.of() : List.of(i.parent.key, i.parent.id);
            default -> throw new IllegalArgumentException("not a multi-valued JQL field: " + field);
        };
    }

    static String canonical(String field, String value, Jql.Context context) {
        Catalog catalog = context.catalog();
        String resolved = switch (field) {
            case "project" -> {
                JiraProject p = catalog.project(value);
                yield p == null ? null : p.id();
            }
            case "key", "issuekey", "id", "parent" -> context.issueExists().test(value) ? value.toUpperCase(Locale.ROOT) : null;
            case "status" -> {
                JiraStatus s = catalog.status(value);
                yield s == null ? null : s.id();
            }
            case "priority" -> {
                JiraPriority p = value.matches("\\d+") ? catalog.priority(value, null) : catalog.priority(null, value);
                yield p == null ? null : p.id();
            }
            case "issuetype", "type" -> {
                JiraIssueType t = value.matches("\\d+") ? catalog.issueType(value, null) : catalog.issueType(null, value);
                yield t == null ? null : t.id();
            }
            case "labels" -> value;
            case "assignee", "reporter", "creator" -> user(value, context);
            default -> throw new IllegalArgumentException("not a multi-valued JQL field: " + field);
        };
        if (resolved == null) {
            if (field.equals("key") || field.equals("issuekey") || field.equals("id") || field.equals("parent")) {
                throw JiraError.badRequest("An issue with key '" + value + "' does not exist for field '" + field + "'.");
            }
            throw JiraError.badRequest("The value '" + value + "' does not exist for the field '" + field + "'.");
        }
        return resolved;
    }

    private static String user(String value, Jql.Context context) {
        if (value.equalsIgnoreCase("currentUser()")) return context.currentAccountId();
        JiraUser user = context.catalog().user(value);
        if (user == null && value.contains("@")) user = context.catalog().userByEmail(value);
        return user == null ? null : user.accountId();
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
