package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Issue create, get, edit, delete, transitions and changelog under {@code /rest/api/3/issue}. */
final class IssueRoutes {
    private static final String ISSUE = "/rest/api/3/issue/{issueIdOrKey}";

    private final JiraSite site;
    private final IssueEvents events;
    private final IssueFieldWriter writer;
    private final IssueFieldApplier applier;

    IssueRoutes(JiraSite site, IssueEvents events) {
        this.site = site;
        this.events = events;
        ExtendedFields extended = new ExtendedFields(site, events);
        this.writer = new IssueFieldWriter(site.catalog, site.issues::get, extended);
        this.applier = new IssueFieldApplier(site.catalog, extended);
    }

    void register(RoutesConfig routes) {
        routes.post("/rest/api/3/issue", this::create);
        routes.get(ISSUE, this::get);
        routes.put(ISSUE, this::edit);
        routes.delete(ISSUE, this::delete);
        routes.get(ISSUE + "/transitions", this::transitions);
        routes.post(ISSUE + "/transitions", this::transition);
        routes.get(ISSUE + "/changelog", this::changelog);
    }

    private void create(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        JsonNode body = JiraRequest.body(ctx);
        synchronized (site) {
            Map<String, Object> values = writer.resolve(body.get("fields"), body.get("update"), null);
            Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
            EntityProperties.read(body, properties);
            JiraIssue issue = site.issues.create((JiraProject) values.get("project"), caller.accountId());
            issue.status = site.catalog.initialStatus();
            issue.priority = site.catalog.defaultPriority();
            issue.reporterAccountId = caller.accountId();
            applier.apply(issue, values, caller);
            issue.properties.putAll(properties);
            events.created(issue, caller);
            ObjectNode created = JiraJson.MAPPER.createObjectNode();
            created.put("id", issue.id);
            created.put("key", issue.key);
            created.put("self", site.json(caller).api("issue/" + issue.id));
            JiraEmulator.answer(ctx, 201, created);
        }
    }

    private void get(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        FieldSelection selection = FieldSelection.parse(JiraRequest.listParam(ctx, "fields"), "*all");
        String expand = String.valueOf(ctx.queryParam("expand"));
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            JiraJson json = site.json(caller);
            ObjectNode body = json.issue(issue, selection, expand.contains("changelog"));
            if (expand.contains("transitions")) body.set("transitions", transitionList(issue, json));
            JiraEmulator.answer(ctx, 200, body);
        }
    }

    private void edit(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        JsonNode body = JiraRequest.body(ctx);
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            Map<String, Object> values = writer.resolve(body.get("fields"), body.get("update"), issue);
            record(issue, caller, applier.apply(issue, values, caller), eventType(values));
            if (JiraRequest.boolParam(ctx, "returnIssue")) {
                boolean changelog = String.valueOf(ctx.queryParam("expand")).contains("changelog");
                JiraEmulator.answer(ctx, 200, site.json(caller).issue(issue, FieldSelection.parse(null, "*all"), changelog));
            } else {
                JiraEmulator.answer(ctx, 204, null);
            }
        }
    }

    /** Jira's {@code issue_event_type_name} of an edit: assignments and work logs on their own have their own names. */
    private static String eventType(Map<String, Object> values) {
        if (values.size() != 1) return "issue_updated";
        if (values.containsKey("assignee")) return "issue_assigned";
        return values.containsKey("worklog") ? "issue_work_logged" : "issue_updated";
    }

    /** Bumps {@code updated}, writes the changelog and tells the webhooks, when anything changed. */
    private void record(JiraIssue issue, JiraUser caller, List<ChangeItem> items, String typeName) {
        if (items.isEmpty()) return;
        Instant at = site.issues.touch(issue);
        History history = site.issues.record(issue, caller.accountId(), at, items);
        events.updated(issue, caller, history, typeName);
    }

    private void delete(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            List<JiraIssue> subtasks = site.issues.all().stream().filter(i -> i.parent == issue).toList();
            if (!subtasks.isEmpty() && !JiraRequest.boolParam(ctx, "deleteSubtasks")) {
                throw JiraError.badRequest("The issue has subtasks. Set the deleteSubtasks parameter to true to delete it.");
            }
            for (JiraIssue subtask : subtasks) {
                events.deleted(subtask, caller);
                site.issues.delete(subtask);
                site.links.removeAllOf(subtask);
            }
            events.deleted(issue, caller);
            site.issues.delete(issue);
            site.links.removeAllOf(issue);
            JiraEmulator.answer(ctx, 204, null);
        }
    }

    private void transitions(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            ObjectNode body = JiraJson.MAPPER.createObjectNode();
            body.put("expand", "transitions");
            body.set("transitions", transitionList(issue, site.json(caller)));
            JiraEmulator.answer(ctx, 200, body);
        }
    }

    private ArrayNode transitionList(JiraIssue issue, JiraJson json) {
        ArrayNode list = JiraJson.MAPPER.createArrayNode();
        for (JiraStatus target : reachable(issue)) {
            ObjectNode t = list.addObject();
            t.put("id", target.transitionId());
            t.put("name", target.transitionName());
            t.set("to", json.status(target));
            t.put("hasScreen", false);
            t.put("isGlobal", true);
            t.put("isInitial", false);
            t.put("isAvailable", true);
            t.put("isConditional", false);
            t.put("isLooped", false);
        }
        return list;
    }

    /** Simplified workflow: every other status is one transition away. */
    private List<JiraStatus> reachable(JiraIssue issue) {
        List<JiraStatus> out = new ArrayList<>();
        for (JiraStatus s : site.catalog.statuses()) if (!s.equals(issue.status)) out.add(s);
        return out;
    }

    private void transition(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        JsonNode body = JiraRequest.body(ctx);
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            String id = body.path("transition").path("id").asText("");
            JiraStatus target = reachable(issue).stream().filter(s -> s.transitionId().equals(id)).findFirst()
                    .orElseThrow(() -> JiraError.badRequest("Transition id '" + id + "' is not valid for this issue."));
            boolean hasFields = body.hasNonNull("fields") || body.hasNonNull("update");
            Map<String, Object> values = hasFields ? writer.resolve(body.get("fields"), body.get("update"), issue) : Map.of();
            List<ChangeItem> items = new ArrayList<>(applier.apply(issue, values, caller));
            JiraStatus from = issue.status;
            items.add(new ChangeItem("status", "status", from.id(), from.name(), target.id(), target.name()));
            Instant at = site.issues.touch(issue);
            issue.status = target;
            if (from.category() != target.category()) issue.statusCategoryChanged = at;
            boolean resolved = target.category() == StatusCategory.DONE;
            if (resolved && issue.resolutionDate == null) {
                issue.resolutionDate = at;
                items.add(new ChangeItem("resolution", "resolution", null, null, "10000", "Done"));
            } else if (!resolved && issue.resolutionDate != null) {
                issue.resolutionDate = null;
                items.add(new ChangeItem("resolution", "resolution", "10000", "Done", null, null));
            }
            History history = site.issues.record(issue, caller.accountId(), at, items);
            events.updated(issue, caller, history, "issue_generic");
            JiraEmulator.answer(ctx, 204, null);
        }
    }

    private void changelog(Context ctx) {
        JiraUser caller = JiraRequest.caller(ctx);
        int startAt = Math.max(0, JiraRequest.intParam(ctx, "startAt", 0));
        int maxResults = Math.max(1, Math.min(100, JiraRequest.intParam(ctx, "maxResults", 100)));
        synchronized (site) {
            JiraIssue issue = site.issues.get(ctx.pathParam("issueIdOrKey"));
            JiraJson json = site.json(caller);
            List<History> all = issue.histories;
            List<History> page = all.subList(Math.min(startAt, all.size()), Math.min(startAt + maxResults, all.size()));
            ObjectNode body = JiraJson.MAPPER.createObjectNode();
            body.put("self", json.api("issue/" + issue.key + "/changelog?maxResults=" + maxResults + "&startAt=" + startAt));
            body.put("maxResults", maxResults);
            body.put("startAt", startAt);
            body.put("total", all.size());
            body.put("isLast", startAt + maxResults >= all.size());
            ArrayNode values = body.putArray("values");
            page.forEach(h -> values.add(json.history(h)));
            JiraEmulator.answer(ctx, 200, body);
        }
    }
}
