package io.entwine.emulator.jira;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's field configuration beyond the system fields: custom fields with their options, issue link types
 * (Jira's four defaults: Blocks, Cloners, Duplicate, Relates) and each project's components and versions.
 * Look-ups by name are case-insensitive, as Jira's are. Guarded by the site's monitor.
 */
final class SiteFields {
    private final Map<String, JiraField> customFields = new LinkedHashMap<>();
    private final List<LinkType> linkTypes = List.of(
            new LinkType("10000", "Blocks", "is blocked by", "blocks"),
            new LinkType("10001", "Cloners", "is cloned by", "clones"),
            new LinkType("10002", "Duplicate", "is duplicated by", "duplicates"),
            new LinkType("10003", "Relates", "relates to", "relates to"));
    private final Map<String, List<ProjectItem>> components = new LinkedHashMap<>();
    private final Map<String, List<ProjectItem>> versions = new LinkedHashMap<>();
    private long nextCustomFieldId = 10000;
    private long nextOptionId = 10100;
    private long nextComponentId = 10000;
    private long nextVersionId = 10000;

    /** {@code options}: for selects, the option texts; for a cascading field, "Parent/Child" pairs and bare parents. */
    JiraField addCustomField(String name, CustomFieldType type, List<String> options) {
        if (customField(name) != null) throw new IllegalArgumentException("a custom field named " + name + " exists already");
        if (!type.hasOptions() && !options.isEmpty()) throw new IllegalArgumentException(type + " fields have no options");
        List<FieldOption> built = type == CustomFieldType.CASCADING ? cascading(options) : flat(options);
        JiraField field = new JiraField("customfield_" + nextCustomFieldId++, name, type, built);
        customFields.put(field.id(), field);
        return field;
    }

    private List<FieldOption> flat(List<String> values) {
        List<FieldOption> out = new ArrayList<>();
        for (String v : values) out.add(new FieldOption(String.valueOf(nextOptionId++), v, List.of()));
        return out;
    }

    private List<FieldOption> cascading(List<String> paths) {
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            String parent = slash < 0 ? path : path.substring(0, slash);
            List<String> under = children.computeIfAbsent(parent, p -> new ArrayList<>());
            if (slash >= 0) under.add(path.substring(slash + 1));
        }
        List<FieldOption> out = new ArrayList<>();
        children.forEach((parent, kids) -> {
            String id = String.valueOf(nextOptionId++);
            out.add(new FieldOption(id, parent, flat(kids)));
        });
        return out;
    }

    List<JiraField> customFields() {
        return new ArrayList<>(customFields.values());
    }

    /** A custom field by id ({@code customfield_10000}) or name, or null. */
    JiraField customField(String idOrName) {
        if (idOrName == null) return null;
        JiraField byId = customFields.get(idOrName);
        if (byId != null) return byId;
        for (JiraField f : customFields.values()) if (f.name().equalsIgnoreCase(idOrName)) return f;
        return null;
    }

    List<LinkType> linkTypes() {
        return linkTypes;
    }

    /** A link type by id, or by its name or either direction's wording; null when none. */
    LinkType linkType(String id, String name) {
        for (LinkType t : linkTypes) {
            if (id != null ? t.id().equals(id)
                    : name != null && (t.name().equalsIgnoreCase(name) || t.inward().equalsIgnoreCase(name) || t.outward().equalsIgnoreCase(name))) {
                return t;
            }
        }
        return null;
    }

    ProjectItem addComponent(JiraProject project, String name) {
        if (item(components(project), null, name) != null) throw new IllegalArgumentException("component " + name + " exists already in " + project.key());
        ProjectItem item = new ProjectItem(String.valueOf(nextComponentId++), name, null, project);
        components.computeIfAbsent(project.key(), k -> new ArrayList<>()).add(item);
        return item;
    }

    ProjectItem addVersion(JiraProject project, String name) {
        if (item(versions(project), null, name) != null) throw new IllegalArgumentException("version " + name + " exists already in " + project.key());
        ProjectItem item = new ProjectItem(String.valueOf(nextVersionId++), name, null, project);
        versions.computeIfAbsent(project.key(), k -> new ArrayList<>()).add(item);
        return item;
    }

    List<ProjectItem> components(JiraProject project) {
        return components.getOrDefault(project.key(), List.of());
    }

    List<ProjectItem> versions(JiraProject project) {
        return versions.getOrDefault(project.key(), List.of());
    }

    /** The item with this id, or (case-insensitively) this name, or null. */
    static ProjectItem item(List<ProjectItem> items, String id, String name) {
        for (ProjectItem i : items) {
            if (id != null ? i.id().equals(id) : name != null && i.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return i;
        }
        return null;
    }
}
