package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replica fields beyond the basics, read from and written to Jira Cloud: work logs, parent and sub-tasks
 * (read), issue links, typed custom fields, components, fix and affected versions, due date, environment and time
 * tracking. Reads come from the issue's fields; writes go into the one edit request ({@code fields} and
 * {@code update}), work logs into their own edit. Thread-safe.
 */
final class ExtendedFields {
    /** The FieldChanges keys this class writes. */
    static final Set<String> WRITES = Set.of("parentId", "customFields", "components", "fixVersions", "affectedVersions", "due",
            "environment", "originalEstimate", "remainingEstimate", "issueLinks");
    private static final String READ = "worklog,issuelinks,components,fixVersions,versions,duedate,environment,timetracking";

    private final JiraApi api;
    private final TextCodec text;
    private final JiraCustomFields customFields;
    private final CustomFieldCodec codec;
    private final WorklogFields worklogs;
    private final LinkFields links;
    private final HubUser integrationUser;
    private final Map<String, HubComponent> components = new ConcurrentHashMap<>();
    private final Map<String, HubVersion> versions = new ConcurrentHashMap<>();
    /** Seconds logged by {@link #addWorkLogs} per issue, until {@link #normalize} accounts for them in the estimate. */
    private final Map<String, Long> loggedSinceWrite = new ConcurrentHashMap<>();

    ExtendedFields(JiraApi api, TextCodec text, JiraDirectory directory, IssueMapping mapping, HubUser integrationUser) {
        this.api = api;
        this.text = text;
        this.customFields = new JiraCustomFields(api);
        this.codec = new CustomFieldCodec(text, directory);
        this.worklogs = new WorklogFields(text);
        this.links = new LinkFields(mapping::browseUrl);
        this.integrationUser = integrationUser;
    }

    /** Loads the custom fields, and the project's components and versions (from its details) for {@link #normalize}. */
    void start(JsonNode project) {
        customFields.load();
        for (JsonNode c : project.path("components")) components.put(lower(c.path("name").asText()), component(c));
        for (JsonNode v : project.path("versions")) versions.put(lower(v.path("name").asText()), version(v));
    }

    /** The fields parameter for a read: the basics' plus these and the custom fields'. */
    String fieldList(String basics) {
        StringBuilder out = new StringBuilder(basics).append(',').append(READ);
        for (JiraCustomFields.Definition d : customFields.all()) out.append(',').append(d.id());
        return out.toString();
    }

    void read(JsonNode f, HubIssue issue) {
        issue.setWorkLogs(worklogs.read(f.path("worklog")));
        issue.setIssueLinks(links.read(f.path("issuelinks")));
        List<HubComponent> cs = new ArrayList<>();
        f.path("components").forEach(c -> cs.add(component(c)));
        issue.setComponents(cs);
        issue.setFixVersions(versionList(f.path("fixVersions")));
        issue.setAffectedVersions(versionList(f.path("versions")));
        if (f.hasNonNull("duedate")) issue.setDue(LocalDate.parse(f.get("duedate").asText()).atStartOfDay(ZoneOffset.UTC).toInstant());
        if (f.hasNonNull("environment")) issue.setEnvironment(text.toMarkdown(f.get("environment")));
        JsonNode tracking = f.path("timetracking");
        if (tracking.has("originalEstimateSeconds")) issue.setOriginalEstimate(tracking.get("originalEstimateSeconds").asLong());
        if (tracking.has("remainingEstimateSeconds")) issue.setRemainingEstimate(tracking.get("remainingEstimateSeconds").asLong());
        if (tracking.has("timeSpentSeconds")) issue.setTimeSpent(tracking.get("timeSpentSeconds").asLong());
        for (JiraCustomFields.Definition d : customFields.all()) {
            if (f.has(d.id())) issue.getCustomFields().put(d.name(), codec.read(d, f.get(d.id())));
        }
    }

    /** Adds this change to the edit's {@code fields} or {@code update}. */
    void write(String key, String field, Object value, FieldChanges changes, ObjectNode fields, ObjectNode update) {
        switch (field) {
            case "parentId" -> {
                if (value == null) throw new EntityException("Jira cannot take the parent away from " + key + " (a sub-task always has one)");
                String parent = String.valueOf(value);
                fields.putObject("parent").put(parent.contains("-") ? "key" : "id", parent);
            }
            case "customFields" -> {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    HubCustomField cf = e.getValue() instanceof HubCustomField h ? h : new HubCustomField(null, String.valueOf(e.getKey()), null, e.getValue());
                    JiraCustomFields.Definition d = customFields.find(cf.getId() != null && cf.getId().startsWith("customfield_") ? cf.getId() : String.valueOf(e.getKey()));
                    if (d == null && cf.getName() != null) d = customFields.find(cf.getName());
                    if (d == null) throw new EntityException("Jira has no custom field '" + e.getKey() + "' the connector can write (issue " + key + ")");
                    fields.set(d.id(), codec.write(d, cf, key));
                }
            }
            case "components" -> fields.set("components", named(value, c -> ((HubComponent) c).id(), c -> ((HubComponent) c).name(), HubComponent.class));
            case "fixVersions" -> fields.set("fixVersions", named(value, v -> ((HubVersion) v).id(), v -> ((HubVersion) v).name(), HubVersion.class));
            case "affectedVersions" -> fields.set("versions", named(value, v -> ((HubVersion) v).id(), v -> ((HubVersion) v).name(), HubVersion.class));
            case "due" -> {
                if (value == null) fields.putNull("duedate");
                else fields.put("duedate", ((Instant) value).atZone(ZoneOffset.UTC).toLocalDate().toString());
            }
            case "environment" -> fields.set("environment", value == null ? null : text.toAdf(String.valueOf(value)));
            case "originalEstimate", "remainingEstimate" -> {
                if (value == null) throw new EntityException("the connector cannot clear the " + field + " of " + key);
                ObjectNode tracking = fields.has("timetracking") ? (ObjectNode) fields.get("timetracking") : fields.putObject("timetracking");
                tracking.put(field, Math.max(1, (Long) value / 60) + "m");
            }
            case "issueLinks" -> {
                JsonNode current = api.issue(key, "issuelinks", null).path("fields").path("issuelinks");
                ArrayNode operations = links.operations(key, links.read(current), value == null ? List.of() : (Collection<?>) value);
                if (!operations.isEmpty()) update.set("issuelinks", operations);
            }
            default -> throw new IllegalStateException("unchecked field " + field);
        }
    }

    /** Adds the draft's fields beyond the basics to a create request (links as {@code update} operations). */
    @SuppressWarnings("unchecked")
    void create(HubIssue draft, String projectKey, ObjectNode fields, ObjectNode body) {
        String where = "new issue in " + projectKey;
        ObjectNode update = JiraApi.JSON.createObjectNode();
        Map<String, HubCustomField> filled = new LinkedHashMap<>();
        // a rule may have put bare values into the live map (a new issue has no fields to set .value on)
        ((Map<String, ?>) draft.getCustomFields()).forEach((name, v) -> {
            HubCustomField f = v instanceof HubCustomField h ? h : v == null ? null : new HubCustomField(null, name, null, v);
            if (f != null && f.getValue() != null) filled.put(name, f);
        });
        if (!filled.isEmpty()) write(where, "customFields", filled, null, fields, update);
        if (!draft.getComponents().isEmpty()) write(where, "components", draft.getComponents(), null, fields, update);
        if (!draft.getFixVersions().isEmpty()) write(where, "fixVersions", draft.getFixVersions(), null, fields, update);
        if (!draft.getAffectedVersions().isEmpty()) write(where, "affectedVersions", draft.getAffectedVersions(), null, fields, update);
        if (draft.getDue() != null) write(where, "due", draft.getDue(), null, fields, update);
        if (draft.getEnvironment() != null) write(where, "environment", draft.getEnvironment(), null, fields, update);
        if (draft.getOriginalEstimate() != null) write(where, "originalEstimate", draft.getOriginalEstimate(), null, fields, update);
        if (draft.getRemainingEstimate() != null) write(where, "remainingEstimate", draft.getRemainingEstimate(), null, fields, update);
        if (!draft.getIssueLinks().isEmpty()) {
            ArrayNode operations = links.operations(where, List.of(), draft.getIssueLinks());
            if (!operations.isEmpty()) update.set("issuelinks", operations);
        }
        if (!update.isEmpty()) body.set("update", update);
    }

    List<HubWorkLog> addWorkLogs(String key, List<HubWorkLog> added) {
        if (added.isEmpty()) return List.of();
        JsonNode issue = api.editIssueReturning(key, worklogs.addBody(key, added), "changelog");
        loggedSinceWrite.merge(key, added.stream().mapToLong(HubWorkLog::getTimeSpent).sum(), Long::sum);
        return worklogs.stored(key, added, issue, integrationUser);
    }

    /**
     * What Jira reports for these fields after the write: comments and environment through ADF, options and users
     * as written, components and versions with their ids, the due date at midnight UTC, estimates in whole minutes,
     * time spent as the sum of the work logs, and the remaining estimate reduced by the work logged (Jira's automatic
     * adjustment).
     */
    void normalize(HubIssue normal) {
        if (normal.getEnvironment() != null) normal.setEnvironment(text.toMarkdown(text.toAdf(normal.getEnvironment())));
        for (HubWorkLog w : normal.getWorkLogs()) {
            if (w.getComment() != null) w.setComment(w.getComment().isBlank() ? null : text.toMarkdown(text.toAdf(w.getComment())));
        }
        List<HubComponent> cs = new ArrayList<>();
        for (HubComponent c : normal.getComponents()) cs.add(c.name() == null ? c : components.getOrDefault(lower(c.name()), c));
        normal.setComponents(cs);
        normal.setFixVersions(knownVersions(normal.getFixVersions()));
        normal.setAffectedVersions(knownVersions(normal.getAffectedVersions()));
        if (normal.getDue() != null) normal.setDue(normal.getDue().atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        if (normal.getOriginalEstimate() != null) normal.setOriginalEstimate(Math.max(60, normal.getOriginalEstimate() / 60 * 60));
        Long logged = normal.getKey() == null ? null : loggedSinceWrite.remove(normal.getKey());
        if (normal.getRemainingEstimate() != null) {
            long remaining = Math.max(60, normal.getRemainingEstimate() / 60 * 60);
            normal.setRemainingEstimate(logged == null ? remaining : Math.max(0, remaining - logged));
        }
        if (!normal.getWorkLogs().isEmpty() && normal.getWorkLogs().size() < 20) {
            normal.setTimeSpent(normal.getWorkLogs().stream().mapToLong(w -> w.getTimeSpent() == null ? 0 : w.getTimeSpent()).sum());
        }
        for (HubIssueLink l : normal.getIssueLinks()) if (l.getOtherIssueId() != null && l.getUrl() == null) l.setUrl(links.browse(l.getOtherIssueId()));
        normalizeCustomFields(normal);
    }

    /**
     * Custom fields as a read shows them: typed by the site's definition (a bare value a rule put into the map, or a
     * field without a type, becomes the field's typed value: option text to an option...), whole numbers as Long,
     * multi-line text through ADF. Entries the site does not know are left alone.
     */
    @SuppressWarnings("unchecked")
    private void normalizeCustomFields(HubIssue normal) {
        Map<String, Object> raw = (Map<String, Object>) (Map<?, ?>) normal.getCustomFields();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            HubCustomField f = e.getValue() instanceof HubCustomField h ? h : null;
            JiraCustomFields.Definition d = customFields.known(f != null && f.getId() != null ? f.getId() : e.getKey());
            if (d == null && f != null && f.getName() != null) d = customFields.known(f.getName());
            if (d == null) continue;
            Object value = f != null ? f.getValue() : e.getValue();
            if (HubCustomField.NUMBER.equals(d.type())) value = CustomFieldCodec.number(value);
            if (HubCustomField.TEXT.equals(d.type()) && d.adf() && value != null) value = text.toMarkdown(text.toAdf(value.toString()));
            try {
                e.setValue(new HubCustomField(d.id(), d.name(), d.type(), value));
            } catch (IllegalArgumentException doesNotFit) {
                // Jira refuses such a value at write time, so there is nothing it would report: leave it
            }
        }
    }

    private List<HubVersion> knownVersions(List<HubVersion> list) {
        List<HubVersion> out = new ArrayList<>();
        for (HubVersion v : list) out.add(v.name() == null ? v : versions.getOrDefault(lower(v.name()), v));
        return out;
    }

    private List<HubVersion> versionList(JsonNode json) {
        List<HubVersion> out = new ArrayList<>();
        json.forEach(v -> out.add(version(v)));
        return out;
    }

    private static HubComponent component(JsonNode c) {
        return new HubComponent(c.path("id").asText(null), c.path("name").asText(null), c.path("description").asText(null));
    }

    private static HubVersion version(JsonNode v) {
        return new HubVersion(v.path("id").asText(null), v.path("name").asText(null), v.path("description").asText(null));
    }

    private interface Part {
        String of(Object item);
    }

    private static ArrayNode named(Object value, Part id, Part name, Class<?> type) {
        ArrayNode out = JiraApi.JSON.createArrayNode();
        for (Object item : value == null ? List.of() : (Collection<?>) value) {
            if (!type.isInstance(item)) continue;
            ObjectNode ref = out.addObject();
            if (name.of(item) != null) ref.put("name", name.of(item));
            else ref.put("id", id.of(item));
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
