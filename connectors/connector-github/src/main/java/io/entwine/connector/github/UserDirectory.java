package io.entwine.connector.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubUser;
import io.entwine.connector.support.TrackerHttp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * GitHub users as replica users: {@code key} and {@code username} are the login, {@code displayName} the
 * profile name (the login when there is none), {@code email} the public e-mail (null when the user hides it).
 * Profiles come from {@code GET /users/{login}} and are cached for the connector's lifetime; GitHub has no
 * e-mail search, so {@link #byEmail} matches the public e-mails of the repository's assignable users.
 * Thread-safe.
 */
final class UserDirectory {
    private final GitHubApi api;
    private final ConcurrentMap<String, HubUser> byLogin = new ConcurrentHashMap<>();

    UserDirectory(GitHubApi api) {
        this.api = api;
    }

    /** The user with this login; a login GitHub no longer knows (a deleted account) keeps just its login. */
    HubUser user(String login) {
        String key = login.toLowerCase(Locale.ROOT);
        HubUser cached = byLogin.get(key);
        if (cached != null) return cached;
        // fetched outside the map: an HTTP call (with its retries) must not hold a map bin locked
        HubUser fetched;
        try {
            fetched = fromProfile(api.get("/users/" + TrackerHttp.encode(login)));
        } catch (EntityNotFoundException gone) {
            fetched = new HubUser(login, login, null, login, false);
        }
        HubUser raced = byLogin.putIfAbsent(key, fetched);
        return raced != null ? raced : fetched;
    }

    /** The user an issue, comment or webhook names (a {@code simple-user} object), or null for none. */
    HubUser user(JsonNode simpleUser) {
        if (simpleUser == null || simpleUser.isNull() || !simpleUser.hasNonNull("login")) return null;
        return user(simpleUser.get("login").asText());
    }

    /** Replica user from a full profile ({@code GET /user} or {@code GET /users/{login}}). */
    static HubUser fromProfile(JsonNode profile) {
        String login = profile.path("login").asText();
        String name = text(profile, "name");
        return new HubUser(login, login, text(profile, "email"), name == null || name.isBlank() ? login : name, true);
    }

    /** Logins of the users who can be assigned issues in the repository, all pages. */
    List<String> assignableLogins() {
        List<String> logins = new ArrayList<>();
        for (JsonNode u : api.all(api.repo("/assignees?per_page=" + GitHubApi.MAX_PER_PAGE))) logins.add(u.path("login").asText());
        return logins;
    }

    /** The assignable user whose public e-mail is {@code email} (case-insensitive). */
    Optional<HubUser> byEmail(String email) {
        if (email == null || email.isBlank()) return Optional.empty();
        String wanted = email.trim();
        for (HubUser known : byLogin.values()) {
            if (known.email() != null && known.email().equalsIgnoreCase(wanted)) return Optional.of(known);
        }
        for (String login : assignableLogins()) {
            HubUser user = user(login);
            if (user.email() != null && user.email().equalsIgnoreCase(wanted)) return Optional.of(user);
        }
        return Optional.empty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
