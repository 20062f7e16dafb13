package io.entwine.connector.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Request bodies for issue writes: create ({@code title, body, labels, assignees, milestone}), update (the replica
 * fields GitHub has) and state changes. Users become logins of assignable users; a user who cannot be
 * resolved is left out with a log line rather than failing the write (GitHub would refuse the whole
 * request with 422). Thread-safe.
 */
final class IssueWrites {
    private static final Logger log = LoggerFactory.getLogger(IssueWrites.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CLOSE_REASONS = Set.of("completed", "not_planned", "duplicate");
    private static final Set<String> REASONS = Set.of("completed", "not_planned", "duplicate", "reopened");

    private final UserDirectory users;
    private final Milestones milestones;

    IssueWrites(UserDirectory users, Milestones milestones) {
        this.users = users;
        this.milestones = milestones;
    }

    ObjectNode create(HubIssue draft) {
        if (draft.getSummary() == null || draft.getSummary().isBlank()) {
            throw new EntityException("GitHub issues need a title: the draft has no summary");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("title", draft.getSummary());
        if (draft.getDescription() != null) body.put("body", draft.getDescription());
        if (!draft.getLabels().isEmpty()) body.set("labels", labels(draft.getLabels()));
        List<HubUser> people = !draft.getAssignees().isEmpty() ? draft.getAssignees()
                : draft.getAssignee() == null ? List.of() : List.of(draft.getAssignee());
        if (!people.isEmpty()) body.set("assignees", logins(people));
        if (!draft.getFixVersions().isEmpty()) body.put("milestone", milestones.number(draft.getFixVersions(), "a new issue"));
        return body;
    }

    /** The PATCH body for {@code changes}; a field GitHub issues do not have is refused, naming it. */
    ObjectNode update(FieldChanges changes) {
        ObjectNode body = JSON.createObjectNode();
        for (String field : changes.fields()) {
            Object value = changes.get(field);
            switch (field) {
                case "summary" -> {
                    if (value == null || String.valueOf(value).isBlank()) {
                        throw new EntityException("GitHub issues need a title: cannot set summary to blank");
                    }
                    body.put("title", String.valueOf(value));
                }
                case "description" -> body.put("body", value == null ? null : String.valueOf(value));
                case "labels" -> body.set("labels", labels(value == null ? List.of() : asCollection(field, value)));
                case "assignee" -> body.set("assignees", logins(value == null ? List.of() : List.of(value)));
                case "assignees" -> body.set("assignees", logins(value == null ? List.of() : asCollection(field, value)));
                case "resolution" -> body.put("state_reason", reason(value));
                case "fixVersions" -> {
                    Integer number = milestones.number(value == null ? List.of() : asCollection(field, value), "the issue");
                    if (number == null) body.putNull("milestone");
                    else body.put("milestone", number);
                }
                case "status" -> throw new EntityException("GitHub connector cannot write field 'status' as a field change;"
                        + " status moves through transition (open, closed)");
                default -> throw new EntityException("GitHub connector cannot write field '" + field
                        + "': GitHub issues have summary, description, labels, assignee(s), resolution (state_reason) and fixVersions (milestone)");
            }
        }
        return body;
    }

    /**
     * The PATCH body reaching {@code statusName}: {@code open}, {@code closed}, or {@code closed:<reason>}
     * with reason completed, not_planned or duplicate (case-insensitive).
     */
    static ObjectNode transition(String statusName) {
        String wanted = statusName == null ? "" : statusName.trim().toLowerCase(Locale.ROOT);
        ObjectNode body = JSON.createObjectNode();
        if (wanted.equals("open")) {
            body.put("state", "open");
            return body;
        }
        if (wanted.equals("closed")) {
            body.put("state", "closed");
            return body;
        }
        if (wanted.startsWith("closed:") && CLOSE_REASONS.contains(wanted.substring("closed:".length()))) {
            body.put("state", "closed");
            body.put("state_reason", wanted.substring("closed:".length()));
            return body;
        }
        throw new EntityException("GitHub has no status '" + statusName + "'; issues are open or closed"
                + " (closed:completed, closed:not_planned and closed:duplicate also set the reason)");
    }

    private static ArrayNode labels(Collection<?> labels) {
        ArrayNode names = JSON.createArrayNode();
        Set<String> seen = new LinkedHashSet<>();
        for (Object l : labels) {
            String name = l instanceof HubLabel label ? label.label() : String.valueOf(l);
            if (!name.isBlank() && seen.add(name.toLowerCase(Locale.ROOT))) names.add(name);
        }
        return names;
    }

    private ArrayNode logins(Collection<?> people) {
        ArrayNode out = JSON.createArrayNode();
        List<String> assignable = null;
        Set<String> seen = new LinkedHashSet<>();
        for (Object person : people) {
            if (person == null) continue;
            if (assignable == null) assignable = users.assignableLogins();
            Optional<String> login = login(person, assignable);
            if (login.isPresent()) {
                if (seen.add(login.get().toLowerCase(Locale.ROOT))) out.add(login.get());
            } else {
                log.info("GitHub assignee {} is not an assignable user of the repository; left out", describe(person));
            }
        }
        return out;
    }

    /** The assignable login for a replica user: its key, its username, or the user with its public e-mail. */
    private Optional<String> login(Object person, List<String> assignable) {
        if (person instanceof HubUser user) {
            for (String candidate : new String[]{user.key(), user.username()}) {
                Optional<String> match = match(candidate, assignable);
                if (match.isPresent()) return match;
            }
            return user.email() == null ? Optional.empty()
                    : users.byEmail(user.email()).flatMap(u -> match(u.key(), assignable));
        }
        String text = String.valueOf(person);
        return text.contains("@") ? users.byEmail(text).flatMap(u -> match(u.key(), assignable)) : match(text, assignable);
    }

    private static Optional<String> match(String login, List<String> assignable) {
        if (login == null || login.isBlank()) return Optional.empty();
        return assignable.stream().filter(a -> a.equalsIgnoreCase(login.trim())).findFirst();
    }

    private static String reason(Object value) {
        if (value == null) return null;
        String reason = (value instanceof HubResolution r ? r.name() : String.valueOf(value)).trim().toLowerCase(Locale.ROOT)
                .replace(' ', '_');
        if (!REASONS.contains(reason)) {
            throw new EntityException("GitHub has no resolution (state_reason) '" + value
                    + "'; it knows completed, not_planned, duplicate and reopened");
        }
        return reason;
    }

    private static Collection<?> asCollection(String field, Object value) {
        if (value instanceof Collection<?> c) return c;
        throw new EntityException("GitHub connector expects a list for field '" + field + "', got " + value.getClass().getSimpleName());
    }

    private static String describe(Object person) {
        if (person instanceof HubUser u) return u.email() != null ? u.email() : u.key();
        return String.valueOf(person);
    }
}
