package io.entwine.emulator.jira;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's configuration data: users, projects, workflow statuses, priorities and issue types, with
 * Jira's default ids. Look-ups by name are case-insensitive, as Jira's are. Guarded by the site's monitor.
 */
final class Catalog {
    final SiteFields fields = new SiteFields();
    private final Map<String, JiraUser> usersByAccountId = new LinkedHashMap<>();
    private final Map<String, JiraProject> projectsByKey = new LinkedHashMap<>();
    private final List<JiraStatus> statuses = List.of(
            new JiraStatus("10000", "To Do", "Work that has not been started.", StatusCategory.NEW, "11", "To Do"),
            new JiraStatus("3", "In Progress", "This issue is being actively worked on at the moment by the assignee.",
                    StatusCategory.INDETERMINATE, "21", "Start Progress"),
            new JiraStatus("10001", "Done", "Work that has been completed.", StatusCategory.DONE, "31", "Done"));
    private final List<JiraPriority> priorities = List.of(
            new JiraPriority("1", "Highest", "This problem will block progress.", "#d04437", false),
            new JiraPriority("2", "High", "Serious problem that could block progress.", "#f15C75", false),
            new JiraPriority("3", "Medium", "Has the potential to affect progress.", "#f79232", true),
            new JiraPriority("4", "Low", "Minor problem or easily worked around.", "#707070", false),
            new JiraPriority("5", "Lowest", "Trivial problem with little or no impact on progress.", "#999999", false));
    private final List<JiraIssueType> issueTypes = List.of(
            new JiraIssueType("10001", "Task", "A small, distinct piece of work.", false),
            new JiraIssueType("10002", "Bug", "A problem or error.", false),
            new JiraIssueType("10003", "Story", "Functionality or a feature expressed as a user goal.", false),
            new JiraIssueType("10004", "Sub-task", "A small piece of work that's part of a larger task.", true));
    private long nextProjectId = 10000;

    JiraUser addUser(String email, String displayName, boolean admin) {
        if (userByEmail(email) != null) throw new IllegalArgumentException("a user with e-mail " + email + " exists already");
        JiraUser user = new JiraUser(accountIdFor(email), email, displayName, ZoneOffset.UTC, admin);
        usersByAccountId.put(user.accountId(), user);
        return user;
    }

    void replaceUser(JiraUser user) {
        usersByAccountId.put(user.accountId(), user);
    }

    JiraUser user(String accountId) {
        return accountId == null ? null : usersByAccountId.get(accountId);
    }

    JiraUser userByEmail(String email) {
        for (JiraUser u : usersByAccountId.values()) if (u.email().equalsIgnoreCase(email)) return u;
        return null;
    }

    /** Users whose e-mail or display name contains the query (Jira also matches name prefixes; containment is close enough). */
    List<JiraUser> searchUsers(String query) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT).trim();
        List<JiraUser> out = new ArrayList<>();
        for (JiraUser u : usersByAccountId.values()) {
            if (u.email().toLowerCase(Locale.ROOT).contains(q) || u.displayName().toLowerCase(Locale.ROOT).contains(q)) out.add(u);
        }
        return out;
    }

    JiraProject addProject(String key, String name, String leadAccountId) {
        if (!key.matches("[A-Z][A-Z0-9_]{1,9}")) throw new IllegalArgumentException("invalid Jira project key: " + key);
        if (projectsByKey.containsKey(key)) throw new IllegalArgumentException("project " + key + " exists already");
        JiraProject project = new JiraProject(String.valueOf(nextProjectId++), key, name, leadAccountId);
        projectsByKey.put(key, project);
        return project;
    }

    /** A project by id or key (keys case-insensitively), or null. */
    JiraProject project(String idOrKey) {
        if (idOrKey == null) return null;
        JiraProject byKey = projectsByKey.get(idOrKey.toUpperCase(Locale.ROOT));
        if (byKey != null) return byKey;
        for (JiraProject p : projectsByKey.values()) if (p.id().equals(idOrKey)) return p;
        return null;
    }

    List<JiraStatus> statuses() {
        return statuses;
    }

    JiraStatus initialStatus() {
        return statuses.get(0);
    }

    JiraStatus status(String idOrName) {
        for (JiraStatus s : statuses) if (s.id().equals(idOrName) || s.name().equalsIgnoreCase(idOrName)) return s;
        return null;
    }

    List<JiraPriority> priorities() {
        return priorities;
    }

    JiraPriority defaultPriority() {
        for (JiraPriority p : priorities) if (p.isDefault()) return p;
        return priorities.get(0);
    }

    JiraPriority priority(String id, String name) {
        for (JiraPriority p : priorities) {
            if (id != null ? p.id().equals(id) : p.name().equalsIgnoreCase(name)) return p;
        }
        return null;
    }

    List<JiraIssueType> issueTypes() {
        return issueTypes;
    }

    JiraIssueType issueType(String id, String name) {
        for (JiraIssueType t : issueTypes) {
            if (id != null ? t.id().equals(id) : t.name().equalsIgnoreCase(name)) return t;
        }
        return null;
    }

    /** A stable 24-hex-digit account id (the shape of Atlassian's classic ids), derived from the e-mail. */
    private static String accountIdFor(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("entwine-jira-emulator:" + email.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static ZoneId zoneOf(JiraUser user) {
        return user == null ? ZoneOffset.UTC : user.timeZone();
    }
}
