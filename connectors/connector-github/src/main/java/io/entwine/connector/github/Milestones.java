package io.entwine.connector.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubVersion;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The repository's milestones, GitHub's nearest thing to a fix version: an issue has at most one, named by its
 * title in the replica ({@code fixVersions}, id = the milestone number) and written by number. The list is read
 * when a title is not known yet (GitHub's API selection has no milestone create, so an unknown title is an error
 * naming it). Thread-safe; look-ups that miss block on HTTP.
 */
final class Milestones {
    private final GitHubApi api;
    private volatile Map<String, HubVersion> byTitle = Map.of();

    Milestones(GitHubApi api) {
        this.api = api;
    }

    /** The replica's fix versions for an issue's {@code milestone} (empty for none). */
    static List<HubVersion> read(JsonNode milestone) {
        if (milestone == null || !milestone.isObject()) return List.of();
        return List.of(version(milestone));
    }

    private static HubVersion version(JsonNode m) {
        return new HubVersion(m.path("number").asText(null), m.path("title").asText(null),
                m.hasNonNull("description") ? m.get("description").asText() : null);
    }

    /** The milestone number to write for these fix versions; null for none. */
    Integer number(Collection<?> versions, String where) {
        List<?> named = versions == null ? List.of() : versions.stream().filter(v -> v != null).toList();
        if (named.isEmpty()) return null;
        if (named.size() > 1) throw new EntityException("a GitHub issue has one milestone; " + where + " was given " + named.size() + ": " + named);
        String title = named.get(0) instanceof HubVersion v ? v.name() : String.valueOf(named.get(0));
        HubVersion found = find(title);
        if (found == null) found = reload().get(lower(title));
        if (found == null) throw new EntityException("the repository has no milestone '" + title + "' (for " + where + ")");
        return Integer.valueOf(found.id());
    }

    /** The milestone as GitHub reports it after a write, from what is known (no HTTP). */
    List<HubVersion> normalize(List<HubVersion> versions) {
        if (versions.isEmpty()) return versions;
        HubVersion known = versions.get(0).name() == null ? null : find(versions.get(0).name());
        return List.of(known != null ? known : versions.get(0));
    }

    private HubVersion find(String title) {
        return title == null ? null : byTitle.get(lower(title));
    }

    private Map<String, HubVersion> reload() {
        Map<String, HubVersion> read = new LinkedHashMap<>();
        for (JsonNode m : api.all(api.repo("/milestones?state=all&per_page=" + GitHubApi.MAX_PER_PAGE))) {
            read.put(lower(m.path("title").asText()), version(m));
        }
        byTitle = Map.copyOf(read);
        return byTitle;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
