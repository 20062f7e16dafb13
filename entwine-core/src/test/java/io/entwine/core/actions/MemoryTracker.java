package io.entwine.core.actions;

import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.connector.QueryPage;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.TrackerInfo;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tracker held in memory for engine tests: entities keyed {@code T-<n>}, every write logged as text
 * ("create T-1", "update T-1 [summary]", "transition T-1 Start"). Workflow transitions lead to a status of the same
 * name. {@link #failNextRead()} makes the next read fail as if the node crashed there.
 */
final class MemoryTracker implements TrackerConnector {
    private final Map<String, HubIssue> entities = new ConcurrentHashMap<>();
    private final List<String> writes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger next = new AtomicInteger(1);
    private volatile boolean failNextRead;
    private volatile boolean failReadAfterTransition;

    /** Puts an entity as if a user had created it; returns its key. */
    String existing(String summary) {
        String key = "T-" + next.getAndIncrement();
        HubIssue issue = new HubIssue();
        issue.setKey(key);
        issue.setId(key.substring(2));
        issue.setSummary(summary);
        issue.setStatus(new HubStatus("To Do", "To Do"));
        entities.put(key, issue);
        return key;
    }

    HubIssue entity(String key) {
        return entities.get(key).copy();
    }

    List<String> writes() {
        return List.copyOf(writes);
    }

    long writesStartingWith(String prefix) {
        return writes().stream().filter(w -> w.startsWith(prefix)).count();
    }

    void failNextRead() {
        failNextRead = true;
    }

    /** The read following the next transition fails: the node stopped right after the transition. */
    void failReadAfterTransition() {
        failReadAfterTransition = true;
    }

    @Override public String kind() { return "memory"; }
    @Override public void start(ConnectorConfig config) { }
    @Override public void stop() { }
    @Override public TrackerInfo trackerInfo() {
        return new TrackerInfo("memory", "http://tracker.invalid", "memory-1", new HubUser("sync", "sync", "sync@example.com", "Sync", true));
    }
    @Override public String browseUrl(String key) { return "http://tracker.invalid/browse/" + key; }

    @Override
    public HubIssue read(String key) {
        if (failNextRead) {
            failNextRead = false;
            throw new RetriableSyncException("read " + key + ": the node stopped here (test)");
        }
        HubIssue issue = entities.get(key);
        if (issue == null) throw new EntityNotFoundException(key, "read " + key + ": no such entity");
        return issue.copy();
    }

    @Override
    public EntityRef create(HubIssue draft) {
        String key = "T-" + next.getAndIncrement();
        HubIssue issue = draft.copy();
        issue.setKey(key);
        issue.setId(key.substring(2));
        issue.setComments(List.of());
        issue.setStatus(new HubStatus("To Do", "To Do"));
        entities.put(key, issue);
        writes.add("create " + key);
        return new EntityRef(key, issue.getId(), browseUrl(key), null);
    }

    @Override
    public EntityRef update(String key, FieldChanges changes) {
        HubIssue issue = entities.get(key);
        if (issue == null) throw new EntityNotFoundException(key, "update " + key + ": no such entity");
        for (String field : changes.fields()) {
            Object value = changes.get(field);
            switch (field) {
                case "summary" -> issue.setSummary(value);
                case "description" -> issue.setDescription(value);
                case "labels" -> issue.setLabels(value);
                default -> issue.set(field, value);
            }
        }
        writes.add("update " + key + " " + new java.util.TreeSet<>(changes.fields()));
        return new EntityRef(key, issue.getId(), browseUrl(key), null);
    }

    @Override
    public void transition(String key, String statusName) {
        HubIssue issue = entities.get(key);
        if (issue == null) throw new EntityNotFoundException(key, "transition " + key + ": no such entity");
        issue.setStatus(new HubStatus(statusName, statusName));
        writes.add("transition " + key + " " + statusName);
        if (failReadAfterTransition) {
            failReadAfterTransition = false;
            failNextRead = true;
        }
    }

    @Override
    public HubComment addComment(String key, HubComment comment) {
        HubComment stored = comment.copy();
        stored.setId(String.valueOf(next.getAndIncrement()));
        List<HubComment> comments = new ArrayList<>(entities.get(key).getComments());
        comments.add(stored);
        entities.get(key).setComments(comments);
        writes.add("comment " + key);
        return stored.copy();
    }

    @Override public HubComment editComment(String key, String commentId, String body) { throw new UnsupportedOperationException("editComment"); }
    @Override public void deleteComment(String key, String commentId) { throw new UnsupportedOperationException("deleteComment"); }
    @Override public ChangePage changesSince(String cursor, int pageSize) { throw new UnsupportedOperationException("changesSince"); }
    @Override public QueryPage query(String nativeQuery, String pageToken, int pageSize) { throw new UnsupportedOperationException("query"); }
    @Override public Optional<HubUser> userByEmail(String email) { return Optional.empty(); }
    @Override public Optional<HubStatus> status(String name) { return Optional.of(new HubStatus(name, name)); }
    @Override public Optional<HubPriority> priority(String name) { return Optional.empty(); }
    @Override public Optional<HubIssueType> issueType(String name, String projectKey) { return Optional.empty(); }
    @Override public WebhookEvent parseWebhook(WebhookRequest request) { throw new UnsupportedOperationException("parseWebhook"); }
}
