package io.entwine.api.replica;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entity as rules see it: the local {@code issue}, the outgoing {@code replica} being filled, or the
 * received {@code replica}/{@code previous}.
 *
 * <p>Standard fields are typed; setters are lenient as SCRIPTING.md asks ({@code status = "Done"}).
 * Any other property a script sets ({@code replica.caseComment = ...}) lands in {@link #extras()} through
 * Groovy's generic {@link #get(String)}/{@link #set(String, Object)} hooks and travels unchanged.
 *
 * <p>Not thread-safe: one instance belongs to one rule run.
 */
public final class HubIssue {
    private String id;
    private String key;
    private String url;
    private String summary;
    private String description;
    private HubStatus status;
    private HubPriority priority;
    private HubResolution resolution;
    private HubIssueType type;
    private HubProject project;
    private HubUser assignee;
    private HubUser reporter;
    private HubUser creator;
    private List<HubUser> assignees = new ArrayList<>();
    private List<HubLabel> labels = new ArrayList<>();
    private List<HubComment> comments = new ArrayList<>();
    private Instant created;
    private Instant updated;
    private String parentId;
    private final Map<String, HubCustomField> customFields = new LinkedHashMap<>();
    private final Map<String, Object> customKeys = new LinkedHashMap<>();
    private final Map<String, Object> extras = new LinkedHashMap<>();

    public String getId() { return id; }
    public void setId(Object id) { this.id = id == null ? null : String.valueOf(id); }
    public String getKey() { return key; }
    public void setKey(Object key) { this.key = key == null ? null : String.valueOf(key); }
    /** Browse URL of the entity in its tracker. */
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getSummary() { return summary; }
    public void setSummary(Object summary) { this.summary = summary == null ? null : String.valueOf(summary); }
    /** Markdown text; connectors convert from and to the tracker's own format (ADF, HTML). */
    public String getDescription() { return description; }
    public void setDescription(Object description) { this.description = description == null ? null : String.valueOf(description); }

    public HubStatus getStatus() { return status; }
    public void setStatus(Object status) {
        this.status = status == null ? null : status instanceof HubStatus s ? s : new HubStatus(Lenient.id(status), Lenient.name(status, "status"));
    }
    public HubPriority getPriority() { return priority; }
    public void setPriority(Object priority) {
        this.priority = priority == null ? null : priority instanceof HubPriority p ? p : new HubPriority(Lenient.id(priority), Lenient.name(priority, "priority"));
    }
    public HubResolution getResolution() { return resolution; }
    public void setResolution(Object resolution) {
        this.resolution = resolution == null ? null : resolution instanceof HubResolution r ? r : new HubResolution(Lenient.id(resolution), Lenient.name(resolution, "resolution"));
    }
    public HubIssueType getType() { return type; }
    public void setType(Object type) {
        this.type = type == null ? null : type instanceof HubIssueType t ? t : new HubIssueType(Lenient.id(type), Lenient.name(type, "type"));
    }
    /** String shortcut for {@code type.name}. */
    public String getTypeName() { return type == null ? null : type.name(); }
    public void setTypeName(String name) { setType(name); }

    public HubProject getProject() { return project; }
    public void setProject(Object project) { this.project = Lenient.project(project); }
    /** Create-time setter: the project key the entity is created in. */
    public String getProjectKey() { return project == null ? null : project.key(); }
    public void setProjectKey(String key) { this.project = key == null ? null : new HubProject(key, null); }

    public HubUser getAssignee() { return assignee; }
    public void setAssignee(Object assignee) { this.assignee = Lenient.user(assignee, "assignee"); }
    public HubUser getReporter() { return reporter; }
    public void setReporter(Object reporter) { this.reporter = Lenient.user(reporter, "reporter"); }
    public HubUser getCreator() { return creator; }
    public void setCreator(Object creator) { this.creator = Lenient.user(creator, "creator"); }
    /** All assignees (GitHub); {@link #getAssignee()} is the first of them on trackers with several. */
    public List<HubUser> getAssignees() { return assignees; }
    public void setAssignees(Collection<?> assignees) { this.assignees = Lenient.users(assignees, "assignees"); }

    public List<HubLabel> getLabels() { return labels; }
    public void setLabels(Collection<?> labels) { this.labels = Lenient.labels(labels); }
    public List<HubComment> getComments() { return comments; }
    public void setComments(Collection<?> comments) { this.comments = Lenient.comments(comments); }

    public Instant getCreated() { return created; }
    public void setCreated(Instant created) { this.created = created; }
    public Instant getUpdated() { return updated; }
    public void setUpdated(Instant updated) { this.updated = updated; }
    public String getParentId() { return parentId; }
    public void setParentId(Object parentId) { this.parentId = parentId == null ? null : String.valueOf(parentId); }

    /** Custom fields by name (and by id when the tracker has ids). Live map: scripts may put into it. */
    public Map<String, HubCustomField> getCustomFields() { return customFields; }
    /** Free map of serialisable values that travels as-is. Live map. */
    public Map<String, Object> getCustomKeys() { return customKeys; }
    /** Script-set properties that are not standard fields, in insertion order. Live map. */
    public Map<String, Object> extras() { return extras; }

    /** Groovy's generic property getter: an unknown property resolves to an extra (null when absent). */
    public Object get(String property) { return extras.get(property); }
    /** Groovy's generic property setter: an unknown property is kept as an extra and travels unchanged. */
    public void set(String property, Object value) { extras.put(property, value); }

    /** A deep copy: comments, custom fields and lists are copied, immutable parts shared. */
    public HubIssue copy() {
        HubIssue c = new HubIssue();
        c.id = id; c.key = key; c.url = url; c.summary = summary; c.description = description;
        c.status = status; c.priority = priority; c.resolution = resolution; c.type = type; c.project = project;
        c.assignee = assignee; c.reporter = reporter; c.creator = creator;
        c.assignees = new ArrayList<>(assignees);
        c.labels = new ArrayList<>(labels);
        c.comments = new ArrayList<>(comments.size());
        for (HubComment comment : comments) c.comments.add(comment.copy());
        c.created = created; c.updated = updated; c.parentId = parentId;
        customFields.forEach((k, v) -> c.customFields.put(k, v.copy()));
        c.customKeys.putAll(customKeys);
        c.extras.putAll(extras);
        return c;
    }

    /** True when nothing at all was set (an outgoing script that returned straight away). */
    public boolean isEmpty() {
        return id == null && key == null && summary == null && description == null && status == null && priority == null
                && resolution == null && type == null && project == null && assignee == null && reporter == null
                && creator == null && assignees.isEmpty() && labels.isEmpty() && comments.isEmpty() && created == null
                && updated == null && parentId == null && customFields.isEmpty() && customKeys.isEmpty() && extras.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof HubIssue h)) return false;
        return Objects.equals(id, h.id) && Objects.equals(key, h.key) && Objects.equals(url, h.url)
                && Objects.equals(summary, h.summary) && Objects.equals(description, h.description)
                && Objects.equals(status, h.status) && Objects.equals(priority, h.priority)
                && Objects.equals(resolution, h.resolution) && Objects.equals(type, h.type)
                && Objects.equals(project, h.project) && Objects.equals(assignee, h.assignee)
                && Objects.equals(reporter, h.reporter) && Objects.equals(creator, h.creator)
                && assignees.equals(h.assignees) && labels.equals(h.labels) && comments.equals(h.comments)
                && Objects.equals(created, h.created) && Objects.equals(updated, h.updated)
                && Objects.equals(parentId, h.parentId) && customFields.equals(h.customFields)
                && customKeys.equals(h.customKeys) && extras.equals(h.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, summary, status, updated);
    }

    @Override
    public String toString() {
        return "HubIssue[key=" + key + ", summary=" + summary + ", status=" + status + "]";
    }
}
