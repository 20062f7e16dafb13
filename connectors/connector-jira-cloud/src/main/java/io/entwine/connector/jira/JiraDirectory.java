package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names to Jira objects: users by e-mail (user search; Cloud identifies users by accountId and often
 * hides e-mails), and statuses, priorities and issue types by name, from lists read once and cached for
 * the connector's life. Thread-safe; the first look-up of a kind blocks on HTTP.
 */
final class JiraDirectory {
    private final JiraApi api;
    private volatile List<HubStatus> statuses;
    private volatile HubStatus initial;
    private volatile List<HubPriority> priorities;
    private final Map<String, List<HubIssueType>> issueTypes = new ConcurrentHashMap<>();

    JiraDirectory(JiraApi api) {
        this.api = api;
    }

    /**
     * The user with this e-mail. Jira matches hidden e-mails too, so a single result without a visible
     * address is taken as the match; with several results only an exact visible address counts.
     */
    Optional<HubUser> userByEmail(String email) {
        if (email == null || email.isBlank()) return Optional.empty();
        JsonNode found = api.userSearch(email);
        HubUser onlyHidden = null;
        for (JsonNode json : found) {
            HubUser user = IssueMapping.user(json);
            if (user == null) continue;
            if (email.equalsIgnoreCase(user.email())) return Optional.of(user);
            if (user.email() == null && found.size() == 1) onlyHidden = user;
        }
        return Optional.ofNullable(onlyHidden)
                .map(u -> new HubUser(u.key(), u.username(), email, u.displayName(), u.active()));
    }

    /** The accountId for a user given by key or e-mail; an {@link EntityException} naming {@code field} when none. */
    String accountId(HubUser user, String field) {
        if (user.key() != null && !user.key().isBlank()) return user.key();
        if (user.email() != null) {
            return userByEmail(user.email()).map(HubUser::key).orElseThrow(() -> new EntityException(
                    "Jira has no user with e-mail " + user.email() + " visible to the connector (field '" + field + "')"));
        }
        throw new EntityException("field '" + field + "' names a user without accountId or e-mail: " + user);
    }

    Optional<HubStatus> status(String name) {
        return statuses().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The status a new issue starts in: the first status of category "new" (To Do in Jira's default
     * workflows). Used for the echo baseline of a created issue whose rules set no status.
     */
    Optional<HubStatus> initialStatus() {
        statuses();
        return Optional.ofNullable(initial);
    }

    private List<HubStatus> statuses() {
        List<HubStatus> all = statuses;
        if (all == null) {
            List<HubStatus> read = new ArrayList<>();
            HubStatus first = null;
            for (var s : api.statuses()) {
                HubStatus status = new HubStatus(s.path("id").asText(), s.path("name").asText());
                read.add(status);
                if (first == null && "new".equals(s.path("statusCategory").path("key").asText())) first = status;
            }
            initial = first;
            statuses = all = List.copyOf(read);
        }
        return all;
    }

    Optional<HubPriority> priority(String name) {
        List<HubPriority> all = priorities;
        if (all == null) {
            List<HubPriority> read = new ArrayList<>();
            api.priorities().forEach(p -> read.add(new HubPriority(p.path("id").asText(), p.path("name").asText())));
            priorities = all = List.copyOf(read);
        }
        return all.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** An issue type of the project (its own list), or of the whole site when {@code projectKey} is null. */
    Optional<HubIssueType> issueType(String name, String projectKey) {
        List<HubIssueType> all = issueTypes.computeIfAbsent(projectKey == null ? "" : projectKey, key -> {
            JsonNode list = key.isEmpty() ? api.issueTypes() : api.project(key).path("issueTypes");
            List<HubIssueType> read = new ArrayList<>();
            list.forEach(t -> read.add(new HubIssueType(t.path("id").asText(), t.path("name").asText())));
            return List.copyOf(read);
        });
        return all.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
