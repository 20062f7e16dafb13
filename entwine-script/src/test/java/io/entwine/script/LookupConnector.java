package io.entwine.script;

import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.connector.QueryPage;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.connector.TrackerInfo;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tracker that only answers the calls rules make (statuses, priorities, users by e-mail, issue types, reads of
 * twinned entities, raw requests), from in-memory tables. It is the scripts' collaborator in these tests, not the thing under test; every
 * other call is outside what a rule run may do and fails loudly.
 */
public final class LookupConnector implements TrackerConnector {
    private final String kind;
    private final Map<String, HubStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, HubPriority> priorities = new ConcurrentHashMap<>();
    private final Map<String, HubUser> usersByEmail = new ConcurrentHashMap<>();
    private final Map<String, HubIssueType> issueTypes = new ConcurrentHashMap<>();
    private final Map<String, HubIssue> entities = new ConcurrentHashMap<>();
    private final Map<String, TrackerHttpResponse> answers = new ConcurrentHashMap<>();
    final List<String> lookups = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Raw requests rules sent, as "METHOD path body". */
    final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    public LookupConnector(String kind) {
        this.kind = kind;
    }

    /** The simplified Jira Cloud workflow, priorities and types of a fresh project. */
    public static LookupConnector jira() {
        LookupConnector c = new LookupConnector("jira-cloud");
        int id = 1;
        for (String s : List.of("To Do", "In Progress", "Done")) c.status(new HubStatus(String.valueOf(id++), s));
        for (String p : List.of("Highest", "High", "Medium", "Low", "Lowest")) c.priority(new HubPriority(String.valueOf(id++), p));
        for (String t : List.of("Task", "Bug", "Story", "Epic")) c.issueType(new HubIssueType(String.valueOf(id++), t));
        return c;
    }

    /** GitHub's two issue states. */
    public static LookupConnector github() {
        LookupConnector c = new LookupConnector("github");
        c.status(new HubStatus("open", "open"));
        c.status(new HubStatus("closed", "closed"));
        return c;
    }

    public LookupConnector status(HubStatus s) { statuses.put(norm(s.name()), s); return this; }
    public LookupConnector priority(HubPriority p) { priorities.put(norm(p.name()), p); return this; }
    public LookupConnector user(HubUser u) { usersByEmail.put(norm(u.email()), u); return this; }
    public LookupConnector issueType(HubIssueType t) { issueTypes.put(norm(t.name()), t); return this; }
    /** The tracker look-ups made so far. */
    public List<String> lookupsMade() { return List.copyOf(lookups); }

    /** An entity {@link #read} returns (by key). */
    public LookupConnector entity(HubIssue issue) { entities.put(issue.getKey(), issue); return this; }
    /** The answer to a raw request "METHOD path" (anything else answers 404). */
    public LookupConnector answer(String methodAndPath, int status, String body) {
        answers.put(methodAndPath, new TrackerHttpResponse(status, body, Map.of("content-type", List.of("application/json"))));
        return this;
    }

    @Override public String kind() { return kind; }
    @Override public Optional<HubUser> userByEmail(String email) { lookups.add("user:" + email); return Optional.ofNullable(usersByEmail.get(norm(email))); }
    @Override public Optional<HubStatus> status(String name) { lookups.add("status:" + name); return Optional.ofNullable(statuses.get(norm(name))); }
    @Override public Optional<HubPriority> priority(String name) { lookups.add("priority:" + name); return Optional.ofNullable(priorities.get(norm(name))); }
    @Override public Optional<HubIssueType> issueType(String name, String projectKey) { lookups.add("type:" + name + "@" + projectKey); return Optional.ofNullable(issueTypes.get(norm(name))); }

    private static String norm(String s) { return s.toLowerCase(Locale.ROOT); }

    private static UnsupportedOperationException notForRules(String call) {
        return new UnsupportedOperationException(call + " is not something a rule run may call");
    }

    @Override public void start(ConnectorConfig config) { }
    @Override public void stop() { }
    @Override public TrackerInfo trackerInfo() { return new TrackerInfo(kind, "https://" + kind + ".example", "instance-1", HubUser.ofKey("sync-bot")); }
    @Override public String browseUrl(String key) { throw notForRules("browseUrl"); }
    @Override public HubIssue read(String key) {
        HubIssue found = entities.get(key);
        if (found == null) throw new EntityNotFoundException(key, "no entity " + key);
        return found.copy();
    }
    @Override public TrackerHttpResponse rawRequest(String method, String path, String jsonBody) {
        requests.add(method + " " + path + (jsonBody == null ? "" : " " + jsonBody));
        TrackerHttpResponse answer = answers.get(method + " " + path);
        return answer != null ? answer : new TrackerHttpResponse(404, "", Map.of());
    }
    @Override public ChangePage changesSince(String cursor, int pageSize) { throw notForRules("changesSince"); }
    @Override public QueryPage query(String nativeQuery, String pageToken, int pageSize) { throw notForRules("query"); }
    @Override public EntityRef create(HubIssue draft) { throw notForRules("create"); }
    @Override public EntityRef update(String key, FieldChanges changes) { throw notForRules("update"); }
    @Override public HubComment addComment(String key, HubComment comment) { throw notForRules("addComment"); }
    @Override public HubComment editComment(String key, String commentId, String body) { throw notForRules("editComment"); }
    @Override public void deleteComment(String key, String commentId) { throw notForRules("deleteComment"); }
    @Override public void transition(String key, String statusName) { throw notForRules("transition"); }
    @Override public WebhookEvent parseWebhook(WebhookRequest request) { throw notForRules("parseWebhook"); }
}
