package io.entwine.model.diff;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubSecurityLevel;
import io.entwine.api.replica.HubSprint;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.model.ReplicaProperties;
import io.entwine.model.testing.RandomReplicas;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Test support: the fields a typical pair of rules maps between the sides, a stand-in for the incoming rules
 * ({@link #applyRules}), and edits that are guaranteed to change a field. Field names follow {@link FieldConflict}.
 */
final class MappedFields {

    record MappedField(String name, Function<HubIssue, Object> get, BiConsumer<HubIssue, Object> put) {
        boolean same(HubIssue a, HubIssue b) {
            return sameValue(get.apply(a), get.apply(b));
        }

        boolean sameValue(Object a, Object b) {
            if (name.startsWith("customFields.")) return FieldSemantics.sameCustomField(a, b);
            if (name.startsWith("customKeys.") || !FieldSemantics.standardFields().contains(name)) return FieldSemantics.sameValue(a, b);
            HubIssue x = new HubIssue();
            HubIssue y = new HubIssue();
            FieldSemantics.setStandardValue(x, name, a);
            FieldSemantics.setStandardValue(y, name, b);
            return FieldSemantics.sameStandardField(name, x, y);
        }
    }

    static final List<MappedField> MAPPED = mapped();
    private static final List<String> LISTS = List.of("labels", "assignees", "watchers", "components", "fixVersions", "issueLinks");

    private MappedFields() {
    }

    /** What an incoming script like {@code issue.summary = replica.summary; ...} does, on a copy of local. */
    static HubIssue applyRules(HubIssue local, HubIssue replica) {
        HubIssue result = local.copy();
        for (MappedField f : MAPPED) f.put().accept(result, f.get().apply(replica));
        return result;
    }

    /**
     * Changes field {@code f} of {@code issue} to a value that differs from its current one, marked with {@code tag}
     * so that two sides editing the same field never pick the same value; {@code mayClear} allows clearing instead.
     */
    static void edit(HubIssue issue, MappedField f, String tag, boolean mayClear, Random random) {
        Object current = f.get().apply(issue);
        Object next = mayClear && random.nextInt(3) == 0 ? cleared(f) : tagged(f, current, tag + random.nextInt(1000));
        if (f.sameValue(current, next)) next = tagged(f, current, tag + random.nextInt(1000));
        f.put().accept(issue, next);
    }

    private static Object cleared(MappedField f) {
        return LISTS.contains(f.name()) ? List.of() : null;
    }

    private static Object tagged(MappedField f, Object current, String tag) {
        String name = f.name();
        return switch (name) {
            case "summary", "description", "parentId", "environment" -> "§" + tag;
            case "due" -> Instant.ofEpochSecond(1_700_000_000L + Math.abs(tag.hashCode()));
            case "originalEstimate" -> 1_000_000L + Math.abs(tag.hashCode());
            case "sprint" -> HubSprint.named("§" + tag);
            case "securityLevel" -> HubSecurityLevel.named("§" + tag);
            case "watchers" -> plus(current, HubUser.ofKey("§" + tag));
            case "components" -> plus(current, HubComponent.named("§" + tag));
            case "fixVersions" -> plus(current, HubVersion.named("§" + tag));
            case "issueLinks" -> plus(current, new HubIssueLink("§" + tag, "blocks", "Blocks"));
            case "status" -> new HubStatus(null, "§" + tag);
            case "priority" -> new HubPriority(null, "§" + tag);
            case "resolution" -> new HubResolution(null, "§" + tag);
            case "assignee" -> HubUser.ofKey("§" + tag);
            case "labels" -> plus(current, new HubLabel("§" + tag));
            case "assignees" -> plus(current, HubUser.ofKey("§" + tag));
            default -> name.startsWith("customFields.")
                    ? new HubCustomField("id-" + name, name.substring("customFields.".length()), "string", "§" + tag)
                    : name.startsWith("customKeys.") ? "§" + tag : Map.of("v", "§" + tag);
        };
    }

    private static List<Object> plus(Object current, Object item) {
        List<Object> list = new ArrayList<>(current == null ? List.of() : (List<?>) current);
        list.add(item);
        return list;
    }

    /** Changes one random top-level property so that it differs under FieldSemantics; returns its name. */
    static String changeOneTopLevelProperty(HubIssue issue, RandomReplicas gen) {
        List<String> properties = new ArrayList<>(FieldSemantics.standardFields());
        properties.remove(ReplicaProperties.UPDATED);
        properties.addAll(List.of(ReplicaProperties.CUSTOM_FIELDS, ReplicaProperties.CUSTOM_KEYS, "anExtra"));
        String property = properties.get(gen.random().nextInt(properties.size()));
        switch (property) {
            case "id", "key", "url", "summary", "description", "parentId", "environment", "areaPath", "iterationPath", "tableName",
                 "entityType", "repository" -> {
                String old = (String) FieldSemantics.standardValue(issue, property);
                FieldSemantics.setStandardValue(issue, property, old == null || old.isEmpty() ? "§" : old + "§");
            }
            case "status", "priority", "resolution", "type", "securityLevel" -> {
                Object old = FieldSemantics.standardValue(issue, property);
                FieldSemantics.setStandardValue(issue, property, Map.of("name", old == null ? "§" : old + "§"));
            }
            case "project" -> issue.setProject(new HubProject(issue.getProjectKey() == null ? "§" : issue.getProjectKey() + "§", null));
            case "assignee", "reporter", "creator" -> FieldSemantics.setStandardValue(issue, property, HubUser.ofKey("§" + gen.word()));
            case "assignees" -> issue.getAssignees().add(HubUser.ofKey("§" + gen.word()));
            case "labels" -> issue.getLabels().add(new HubLabel("§" + gen.word()));
            case "comments" -> issue.getComments().add(new HubComment(null, "§" + gen.word(), null, null, null));
            case "created", "due", "resolutionDate" -> {
                Instant old = (Instant) FieldSemantics.standardValue(issue, property);
                FieldSemantics.setStandardValue(issue, property, old == null ? Instant.EPOCH : old.plusSeconds(1));
            }
            case "originalEstimate", "remainingEstimate", "timeSpent" -> {
                Long old = (Long) FieldSemantics.standardValue(issue, property);
                FieldSemantics.setStandardValue(issue, property, old == null ? 0L : old + 1);
            }
            case "watchers" -> issue.getWatchers().add(HubUser.ofKey("§" + gen.word()));
            case "components" -> issue.getComponents().add(HubComponent.named("§" + gen.word()));
            case "fixVersions" -> issue.getFixVersions().add(HubVersion.named("§" + gen.word()));
            case "affectedVersions" -> issue.getAffectedVersions().add(HubVersion.named("§" + gen.word()));
            case "issueLinks" -> issue.getIssueLinks().add(new HubIssueLink("§" + gen.word(), "blocks", "Blocks"));
            case "attachments" -> issue.getAttachments().add(new HubAttachment(null, "§" + gen.word(), null, null, null));
            case "workLogs" -> issue.getWorkLogs().add(new HubWorkLog(null, null, 60L, null, "§" + gen.word()));
            case "sprint" -> issue.setSprint(HubSprint.named(issue.getSprint() == null ? "§" : issue.getSprint().name() + "§"));
            case "customFields" -> issue.getCustomFields().put("§cf", new HubCustomField(null, "§cf", null, "v"));
            case "customKeys" -> issue.getCustomKeys().put("§ck", "v");
            default -> {
                String name = "§" + gen.word();
                issue.set(name, "v");
                return name;
            }
        }
        return property;
    }

    private static List<MappedField> mapped() {
        List<MappedField> fields = new ArrayList<>();
        for (String name : List.of("summary", "description", "status", "priority", "resolution", "labels", "assignee", "assignees",
                "parentId", "environment", "due", "originalEstimate", "sprint", "securityLevel", "watchers", "components",
                "fixVersions", "issueLinks")) {
            fields.add(new MappedField(name, i -> FieldSemantics.standardValue(i, name), (i, v) -> FieldSemantics.setStandardValue(i, name, v)));
        }
        for (String key : List.of("cf1", "cf2", "Story Points")) {
            fields.add(new MappedField("customFields." + key, i -> i.getCustomFields().get(key), (i, v) -> {
                if (v == null) i.getCustomFields().remove(key);
                else i.getCustomFields().put(key, ((HubCustomField) v).copy());
            }));
        }
        for (String key : List.of("ck1", "ck2")) {
            fields.add(new MappedField("customKeys." + key, i -> i.getCustomKeys().get(key), (i, v) -> {
                if (v == null) i.getCustomKeys().remove(key);
                else i.getCustomKeys().put(key, v);
            }));
        }
        for (String name : List.of("x1", "x2")) {
            fields.add(new MappedField(name, i -> i.get(name), (i, v) -> {
                if (v == null) i.extras().remove(name);
                else i.set(name, v);
            }));
        }
        return List.copyOf(fields);
    }
}
