package io.entwine.api.replica;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entity as rules see it: the local {@code issue}, the outgoing {@code replica} being filled, or the
 * received {@code replica}/{@code previous}.
 *
 * <p>Standard fields are typed; setters are lenient as SCRIPTING.md asks ({@code status = "Done"},
 * {@code due = "2026-11-23"}, {@code originalEstimate = "1h 30m"}, a {@link ReplicaConvertible} wherever the value
 * it stands for fits). Any other property a script sets ({@code replica.caseComment = ...}) lands in
 * {@link #extras()} through Groovy's generic {@link #get(String)}/{@link #set(String, Object)} hooks and travels
 * unchanged. A local entity in {@linkplain #setStrict(boolean) strict mode} resolves an unknown property to a raw
 * tracker field (an extra the connector read) or a custom field of that name, and refuses any other name.
 *
 * <p>The delta views ({@link #getAddedComments()} ...) are set by the rule engine on a received replica; they are
 * run state, not data: they neither travel nor count for equality, and a script may replace one with {@code []} to
 * stop that kind of change from being applied. Times are Instants, estimates and time spent are seconds.
 *
 * <p>Not thread-safe: one instance belongs to one rule run.
 */
public final class HubIssue {
    private String id;
    private String key;
    private String url;
    private String summary;
    private String description;
    private String environment;
    private HubStatus status;
    private HubPriority priority;
    private HubResolution resolution;
    private HubIssueType type;
    private HubProject project;
    private HubUser assignee;
    private HubUser reporter;
    private HubUser creator;
    private List<HubUser> assignees = new ArrayList<>();
    private List<HubUser> watchers = new ArrayList<>();
    private List<HubLabel> labels = new ArrayList<>();
    private List<HubComponent> components = new ArrayList<>();
    private List<HubVersion> fixVersions = new ArrayList<>();
    private List<HubVersion> affectedVersions = new ArrayList<>();
    private List<HubComment> comments = new ArrayList<>();
    private List<HubAttachment> attachments = new ArrayList<>();
    private List<HubWorkLog> workLogs = new ArrayList<>();
    private List<HubIssueLink> issueLinks = new ArrayList<>();
    private Instant created;
    private Instant updated;
    private Instant due;
    private Instant resolutionDate;
    private Long originalEstimate;
    private Long remainingEstimate;
    private Long timeSpent;
    private String parentId;
    private HubSecurityLevel securityLevel;
    private HubSprint sprint;
    private String areaPath;
    private String iterationPath;
    private String tableName;
    private String entityType;
    private String repository;
    private final Map<String, HubCustomField> customFields = new LinkedHashMap<>();
    private final Map<String, Object> customKeys = new LinkedHashMap<>();
    private final Map<String, Object> extras = new LinkedHashMap<>();
    private boolean strict;
    private final DeltaViews deltas = new DeltaViews();

    public String getId() { return id; }
    public void setId(Object id) { this.id = Lenient.text(id); }
    public String getKey() { return key; }
    public void setKey(Object key) { this.key = Lenient.text(key); }
    /** Browse URL of the entity in its tracker. */
    public String getUrl() { return url; }
    public void setUrl(Object url) { this.url = Lenient.text(url); }
    public String getSummary() { return summary; }
    public void setSummary(Object summary) { this.summary = Lenient.text(summary); }
    /** Markdown text; connectors convert from and to the tracker's own format (ADF, HTML). */
    public String getDescription() { return description; }
    public void setDescription(Object description) { this.description = Lenient.text(description); }
    /** Markdown text (Jira's environment field). */
    public String getEnvironment() { return environment; }
    public void setEnvironment(Object environment) { this.environment = Lenient.text(environment); }

    public HubStatus getStatus() { return status; }
    public void setStatus(Object status) {
        Object v = Lenient.unwrap(status);
        this.status = v == null ? null : v instanceof HubStatus s ? s : new HubStatus(Lenient.id(v), Lenient.name(v, "status"));
    }
    public HubPriority getPriority() { return priority; }
    public void setPriority(Object priority) {
        Object v = Lenient.unwrap(priority);
        this.priority = v == null ? null : v instanceof HubPriority p ? p : new HubPriority(Lenient.id(v), Lenient.name(v, "priority"));
    }
    public HubResolution getResolution() { return resolution; }
    public void setResolution(Object resolution) {
        Object v = Lenient.unwrap(resolution);
        this.resolution = v == null ? null : v instanceof HubResolution r ? r : new HubResolution(Lenient.id(v), Lenient.name(v, "resolution"));
    }
    public HubIssueType getType() { return type; }
    public void setType(Object type) {
        Object v = Lenient.unwrap(type);
        this.type = v == null ? null : v instanceof HubIssueType t ? t : new HubIssueType(Lenient.id(v), Lenient.name(v, "type"));
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
    public void setAssignees(Object assignees) { this.assignees = Lenient.users(assignees, "assignees"); }
    public List<HubUser> getWatchers() { return watchers; }
    public void setWatchers(Object watchers) { this.watchers = Lenient.users(watchers, "watchers"); }

    public List<HubLabel> getLabels() { return labels; }
    public void setLabels(Object labels) { this.labels = Lenient.labels(labels); }
    public List<HubComponent> getComponents() { return components; }
    public void setComponents(Object components) { this.components = Lenient.components(components, "components"); }
    public List<HubVersion> getFixVersions() { return fixVersions; }
    public void setFixVersions(Object versions) { this.fixVersions = Lenient.versions(versions, "fixVersions"); }
    public List<HubVersion> getAffectedVersions() { return affectedVersions; }
    public void setAffectedVersions(Object versions) { this.affectedVersions = Lenient.versions(versions, "affectedVersions"); }
    public List<HubComment> getComments() { return comments; }
    public void setComments(Object comments) { this.comments = Lenient.comments(comments); }
    public List<HubAttachment> getAttachments() { return attachments; }
    public void setAttachments(Object attachments) { this.attachments = Lenient.attachments(attachments); }
    public List<HubWorkLog> getWorkLogs() { return workLogs; }
    public void setWorkLogs(Object workLogs) { this.workLogs = Lenient.workLogs(workLogs); }
    public List<HubIssueLink> getIssueLinks() { return issueLinks; }
    public void setIssueLinks(Object links) { this.issueLinks = Lenient.issueLinks(links); }

    public Instant getCreated() { return created; }
    public void setCreated(Object created) { this.created = LenientTime.instant(created, "created"); }
    public Instant getUpdated() { return updated; }
    public void setUpdated(Object updated) { this.updated = LenientTime.instant(updated, "updated"); }
    /** Due date; a date without a time means midnight UTC. */
    public Instant getDue() { return due; }
    public void setDue(Object due) { this.due = LenientTime.instant(due, "due"); }
    public Instant getResolutionDate() { return resolutionDate; }
    public void setResolutionDate(Object date) { this.resolutionDate = LenientTime.instant(date, "resolutionDate"); }
    /** Seconds. */
    public Long getOriginalEstimate() { return originalEstimate; }
    public void setOriginalEstimate(Object seconds) { this.originalEstimate = LenientTime.seconds(seconds, "originalEstimate"); }
    /** Seconds. */
    public Long getRemainingEstimate() { return remainingEstimate; }
    public void setRemainingEstimate(Object seconds) { this.remainingEstimate = LenientTime.seconds(seconds, "remainingEstimate"); }
    /** Seconds. */
    public Long getTimeSpent() { return timeSpent; }
    public void setTimeSpent(Object seconds) { this.timeSpent = LenientTime.seconds(seconds, "timeSpent"); }
    public String getParentId() { return parentId; }
    public void setParentId(Object parentId) { this.parentId = Lenient.text(parentId); }
    public HubSecurityLevel getSecurityLevel() { return securityLevel; }
    public void setSecurityLevel(Object level) {
        Object v = Lenient.unwrap(level);
        this.securityLevel = v == null ? null : v instanceof HubSecurityLevel s ? s : new HubSecurityLevel(Lenient.id(v), Lenient.name(v, "securityLevel"));
    }
    public HubSprint getSprint() { return sprint; }
    public void setSprint(Object sprint) { this.sprint = Lenient.sprint(sprint); }
    /** Azure DevOps area path. */
    public String getAreaPath() { return areaPath; }
    public void setAreaPath(Object path) { this.areaPath = Lenient.text(path); }
    /** Azure DevOps iteration path. */
    public String getIterationPath() { return iterationPath; }
    public void setIterationPath(Object path) { this.iterationPath = Lenient.text(path); }
    /** ServiceNow table of the entity ({@code incident}...); create-time. */
    public String getTableName() { return tableName; }
    public void setTableName(Object tableName) { this.tableName = Lenient.text(tableName); }
    /** The kind of record where a tracker has several (Salesforce {@code Case}...); create-time. */
    public String getEntityType() { return entityType; }
    public void setEntityType(Object entityType) { this.entityType = Lenient.text(entityType); }
    /** GitHub repository ({@code owner/name}) an entity is created in; create-time. */
    public String getRepository() { return repository; }
    public void setRepository(Object repository) { this.repository = Lenient.text(repository); }

    /** Custom fields by name (and by id when the tracker has ids). Live map: scripts may put into it. */
    public Map<String, HubCustomField> getCustomFields() { return customFields; }
    /**
     * Replaces the custom fields ({@code replica.customFields = [...]}): a value that is a {@link HubCustomField} is
     * kept, any other becomes an untyped field of that name holding the value; null clears them.
     */
    public void setCustomFields(Map<?, ?> fields) {
        Map<String, HubCustomField> replaced = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((name, value) -> replaced.put(String.valueOf(name), value instanceof HubCustomField f ? f
                    : new HubCustomField(null, String.valueOf(name), null, value)));
        }
        customFields.clear();
        customFields.putAll(replaced);
    }
    /** Free map of serialisable values that travels as-is. Live map. */
    public Map<String, Object> getCustomKeys() { return customKeys; }
    /** Replaces the custom keys ({@code replica.customKeys = [...]}); null clears them. */
    public void setCustomKeys(Map<?, ?> keys) {
        Map<String, Object> replaced = new LinkedHashMap<>();
        if (keys != null) keys.forEach((k, v) -> replaced.put(String.valueOf(k), v));
        customKeys.clear();
        customKeys.putAll(replaced);
    }
    /** Script-set properties that are not standard fields, in insertion order. Live map. */
    public Map<String, Object> extras() { return extras; }

    /** Comments of the other side with no local twin yet (set by the engine on a received replica). */
    public List<HubComment> getAddedComments() { return deltas.addedComments; }
    public void setAddedComments(Object comments) { deltas.addedComments = Lenient.comments(comments); }
    /** Comments of the other side whose text changed since the previous replica. */
    public List<HubComment> getChangedComments() { return deltas.changedComments; }
    public void setChangedComments(Object comments) { deltas.changedComments = Lenient.comments(comments); }
    /** Comments of the previous replica the other side removed. */
    public List<HubComment> getRemovedComments() { return deltas.removedComments; }
    public void setRemovedComments(Object comments) { deltas.removedComments = Lenient.comments(comments); }
    public List<HubAttachment> getAddedAttachments() { return deltas.addedAttachments; }
    public void setAddedAttachments(Object attachments) { deltas.addedAttachments = Lenient.attachments(attachments); }
    public List<HubAttachment> getRemovedAttachments() { return deltas.removedAttachments; }
    public void setRemovedAttachments(Object attachments) { deltas.removedAttachments = Lenient.attachments(attachments); }
    public List<HubWorkLog> getAddedWorkLogs() { return deltas.addedWorkLogs; }
    public void setAddedWorkLogs(Object workLogs) { deltas.addedWorkLogs = Lenient.workLogs(workLogs); }
    public List<HubWorkLog> getChangedWorkLogs() { return deltas.changedWorkLogs; }
    public void setChangedWorkLogs(Object workLogs) { deltas.changedWorkLogs = Lenient.workLogs(workLogs); }
    public List<HubWorkLog> getRemovedWorkLogs() { return deltas.removedWorkLogs; }
    public void setRemovedWorkLogs(Object workLogs) { deltas.removedWorkLogs = Lenient.workLogs(workLogs); }

    /**
     * Strict mode (the local entity during a rule run): reading an unknown property fails with an
     * {@link UnknownPropertyException} instead of giving null, and raw fields and custom fields resolve by name.
     */
    public void setStrict(boolean strict) { this.strict = strict; }
    public boolean strict() { return strict; }

    /**
     * Groovy's generic property getter: an unknown property resolves to an extra; in strict mode then to a custom
     * field's value, else it fails; otherwise null.
     */
    public Object get(String property) {
        if (extras.containsKey(property)) return extras.get(property);
        if (!strict) return null;
        HubCustomField field = customField(property);
        if (field != null) return field.getValue();
        throw new UnknownPropertyException(property);
    }

    /**
     * Groovy's generic property setter: an unknown property is kept as an extra and travels unchanged; in strict
     * mode a custom field of that name (that is not also a raw field) takes the value instead.
     */
    public void set(String property, Object value) {
        if (strict && !extras.containsKey(property)) {
            HubCustomField field = customField(property);
            if (field != null) {
                field.setValue(value);
                return;
            }
        }
        extras.put(property, value);
    }

    private HubCustomField customField(String name) {
        HubCustomField byKey = customFields.get(name);
        if (byKey != null) return byKey;
        for (HubCustomField f : customFields.values()) {
            if (f != null && (name.equals(f.getName()) || name.equals(f.getId()))) return f;
        }
        return null;
    }

    /** A deep copy: sub-objects, custom fields and lists are copied, immutable parts shared; run state is not copied. */
    @SuppressWarnings("unchecked")
    public HubIssue copy() {
        HubIssue c = new HubIssue();
        c.id = id; c.key = key; c.url = url; c.summary = summary; c.description = description; c.environment = environment;
        c.status = status; c.priority = priority; c.resolution = resolution; c.type = type; c.project = project;
        c.assignee = assignee; c.reporter = reporter; c.creator = creator;
        c.assignees = new ArrayList<>(assignees);
        c.watchers = new ArrayList<>(watchers);
        c.labels = new ArrayList<>(labels);
        c.components = new ArrayList<>(components);
        c.fixVersions = new ArrayList<>(fixVersions);
        c.affectedVersions = new ArrayList<>(affectedVersions);
        c.comments = new ArrayList<>(comments.size());
        for (HubComment comment : comments) c.comments.add(comment.copy());
        c.attachments = new ArrayList<>(attachments.size());
        for (HubAttachment a : attachments) c.attachments.add(a.copy());
        c.workLogs = new ArrayList<>(workLogs.size());
        for (HubWorkLog w : workLogs) c.workLogs.add(w.copy());
        c.issueLinks = new ArrayList<>(issueLinks.size());
        for (HubIssueLink l : issueLinks) c.issueLinks.add(l.copy());
        c.created = created; c.updated = updated; c.due = due; c.resolutionDate = resolutionDate;
        c.originalEstimate = originalEstimate; c.remainingEstimate = remainingEstimate; c.timeSpent = timeSpent;
        c.parentId = parentId; c.securityLevel = securityLevel; c.sprint = sprint; c.areaPath = areaPath;
        c.iterationPath = iterationPath; c.tableName = tableName; c.entityType = entityType; c.repository = repository;
        // a rule may have put a bare value into the live map: the copy holds it as an untyped field of that name
        ((Map<String, ?>) customFields).forEach((k, v) -> c.customFields.put(k, v == null ? null
                : v instanceof HubCustomField f ? f.copy() : new HubCustomField(null, k, null, v)));
        c.customKeys.putAll(customKeys);
        c.extras.putAll(extras);
        return c;
    }

    /** True when nothing at all was set (an outgoing script that returned straight away). */
    public boolean isEmpty() {
        return id == null && key == null && url == null && summary == null && description == null && environment == null
                && status == null && priority == null && resolution == null && type == null && project == null
                && assignee == null && reporter == null && creator == null && assignees.isEmpty() && watchers.isEmpty()
                && labels.isEmpty() && components.isEmpty() && fixVersions.isEmpty() && affectedVersions.isEmpty()
                && comments.isEmpty() && attachments.isEmpty() && workLogs.isEmpty() && issueLinks.isEmpty()
                && created == null && updated == null && due == null && resolutionDate == null && originalEstimate == null
                && remainingEstimate == null && timeSpent == null && parentId == null && securityLevel == null
                && sprint == null && areaPath == null && iterationPath == null && tableName == null && entityType == null
                && repository == null && customFields.isEmpty() && customKeys.isEmpty() && extras.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof HubIssue h)) return false;
        return Objects.equals(id, h.id) && Objects.equals(key, h.key) && Objects.equals(url, h.url)
                && Objects.equals(summary, h.summary) && Objects.equals(description, h.description)
                && Objects.equals(environment, h.environment)
                && Objects.equals(status, h.status) && Objects.equals(priority, h.priority)
                && Objects.equals(resolution, h.resolution) && Objects.equals(type, h.type)
                && Objects.equals(project, h.project) && Objects.equals(assignee, h.assignee)
                && Objects.equals(reporter, h.reporter) && Objects.equals(creator, h.creator)
                && assignees.equals(h.assignees) && watchers.equals(h.watchers) && labels.equals(h.labels)
                && components.equals(h.components) && fixVersions.equals(h.fixVersions)
                && affectedVersions.equals(h.affectedVersions) && comments.equals(h.comments)
                && attachments.equals(h.attachments) && workLogs.equals(h.workLogs) && issueLinks.equals(h.issueLinks)
                && Objects.equals(created, h.created) && Objects.equals(updated, h.updated)
                && Objects.equals(due, h.due) && Objects.equals(resolutionDate, h.resolutionDate)
                && Objects.equals(originalEstimate, h.originalEstimate) && Objects.equals(remainingEstimate, h.remainingEstimate)
                && Objects.equals(timeSpent, h.timeSpent) && Objects.equals(parentId, h.parentId)
                && Objects.equals(securityLevel, h.securityLevel) && Objects.equals(sprint, h.sprint)
                && Objects.equals(areaPath, h.areaPath) && Objects.equals(iterationPath, h.iterationPath)
                && Objects.equals(tableName, h.tableName) && Objects.equals(entityType, h.entityType)
                && Objects.equals(repository, h.repository) && customFields.equals(h.customFields)
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

    /** The engine-computed delta views of a received replica; empty lists until the engine sets them. */
    private static final class DeltaViews {
        List<HubComment> addedComments = new ArrayList<>();
        List<HubComment> changedComments = new ArrayList<>();
        List<HubComment> removedComments = new ArrayList<>();
        List<HubAttachment> addedAttachments = new ArrayList<>();
        List<HubAttachment> removedAttachments = new ArrayList<>();
        List<HubWorkLog> addedWorkLogs = new ArrayList<>();
        List<HubWorkLog> changedWorkLogs = new ArrayList<>();
        List<HubWorkLog> removedWorkLogs = new ArrayList<>();
    }
}
