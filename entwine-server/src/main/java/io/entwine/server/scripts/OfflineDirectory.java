package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.QueryPage;
import io.entwine.api.connector.TrackerInfo;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The tracker of a dry run without one: look-ups answered from a built-in directory of the bundled emulators'
 * defaults ({@code offline-directory.json} next to this class): for {@code jira-cloud} the users
 * demo/alice/bob/carol{@code @example.com} (Demo Admin, Alice Able, Bob Baker, Carol Chen), statuses To Do,
 * In Progress, Done, priorities Highest..Lowest and issue types Task, Bug, Story, Sub-task; for {@code github}
 * the users demo-bot, alice, bob and carol with the same e-mails, statuses open and closed, and no priorities
 * or issue types. Names match case-insensitively, as the trackers' do. It holds no issues and writes nothing.
 * Immutable and thread-safe; nothing blocks.
 */
public final class OfflineDirectory extends DryRunTracker {
    private static final String RESOURCE = "offline-directory.json";

    private final String kind;
    private final String baseUrl;
    private final HubUser integrationUser;
    private final List<HubUser> users;
    private final List<HubStatus> statuses;
    private final List<HubPriority> priorities;
    private final List<HubIssueType> issueTypes;

    private OfflineDirectory(String kind, JsonNode data) {
        this.kind = kind;
        this.baseUrl = data.path("baseUrl").asText();
        this.users = users(data.path("users"));
        this.statuses = named(data.path("statuses"), HubStatus::new);
        this.priorities = named(data.path("priorities"), HubPriority::new);
        this.issueTypes = named(data.path("issueTypes"), HubIssueType::new);
        String integrationEmail = data.path("integrationUser").asText();
        this.integrationUser = users.stream().filter(u -> integrationEmail.equalsIgnoreCase(u.email())).findFirst().orElse(null);
    }

    /** The directory of this connector kind; a {@link ConfigException} naming the known kinds for any other. */
    public static OfflineDirectory of(String kind) {
        JsonNode all = load();
        JsonNode data = all.get(kind);
        if (kind == null || data == null || !data.isObject()) {
            List<String> known = new ArrayList<>();
            all.fieldNames().forEachRemaining(name -> { if (all.get(name).isObject()) known.add(name); });
            throw new ConfigException("no offline directory for connector kind '" + kind + "'; known kinds: " + String.join(", ", known));
        }
        return new OfflineDirectory(kind, data);
    }

    @Override
    public String source() {
        return "offline directory (" + kind + " emulator defaults)";
    }

    /** Every user of the directory, in its order. */
    public List<HubUser> users() { return users; }
    /** Every status of the directory, in workflow order. */
    public List<HubStatus> statuses() { return statuses; }
    /** Every priority, highest first. */
    public List<HubPriority> priorities() { return priorities; }
    /** Every issue type. */
    public List<HubIssueType> issueTypes() { return issueTypes; }

    @Override public String kind() { return kind; }
    @Override public void start(ConnectorConfig config) { /* nothing to connect to */ }
    @Override public void stop() { /* nothing to release */ }

    @Override
    public TrackerInfo trackerInfo() {
        return new TrackerInfo(kind, baseUrl, "offline", integrationUser);
    }

    @Override
    public String browseUrl(String key) {
        return baseUrl + "/" + key;
    }

    @Override
    public HubIssue read(String key) {
        throw new EntityNotFoundException(key, "dry run: the offline directory holds no issues (cannot read " + key
                + "); give a tracker to read from");
    }

    @Override
    public ChangePage changesSince(String cursor, int pageSize) {
        return new ChangePage(List.of(), cursor, false);
    }

    @Override
    public QueryPage query(String nativeQuery, String pageToken, int pageSize) {
        return new QueryPage(List.of(), null);
    }

    @Override
    public Optional<HubUser> userByEmail(String email) {
        if (email == null) return Optional.empty();
        return users.stream().filter(u -> email.trim().equalsIgnoreCase(u.email())).findFirst();
    }

    @Override
    public Optional<HubStatus> status(String name) {
        return statuses.stream().filter(s -> s.name().equalsIgnoreCase(trim(name))).findFirst();
    }

    @Override
    public Optional<HubPriority> priority(String name) {
        return priorities.stream().filter(p -> p.name().equalsIgnoreCase(trim(name))).findFirst();
    }

    /** The project is not checked: the directory's issue types exist in every project. */
    @Override
    public Optional<HubIssueType> issueType(String name, String projectKey) {
        return issueTypes.stream().filter(t -> t.name().equalsIgnoreCase(trim(name))).findFirst();
    }

    private static String trim(String name) {
        return name == null ? "" : name.trim();
    }

    private static List<HubUser> users(JsonNode list) {
        List<HubUser> users = new ArrayList<>();
        for (JsonNode u : list) {
            users.add(new HubUser(u.path("key").asText(null), u.path("username").asText(null), u.path("email").asText(null),
                    u.path("displayName").asText(null), u.path("active").asBoolean(true)));
        }
        return List.copyOf(users);
    }

    private static <T> List<T> named(JsonNode list, BiFunction<String, String, T> factory) {
        List<T> values = new ArrayList<>();
        for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
            JsonNode n = it.next();
            values.add(factory.apply(n.path("id").asText(null), n.path("name").asText()));
        }
        return List.copyOf(values);
    }

    private static JsonNode load() {
        try (InputStream in = OfflineDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource missing: " + RESOURCE);
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
