package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code issuelinks} field: {@code update.issuelinks[{add:{type:{name|id}, outwardIssue|inwardIssue:{key|id}}}]}
 * (the edit screen's only verb for links), shown on both issues ({@code outwardIssue} on the side that "blocks",
 * {@code inwardIssue} on the side that "is blocked by"). A new link is a change of both issues: each gets a
 * {@code Link} changelog item, a new {@code updated} and a webhook, as in Jira.
 */
final class LinkFields {
    /** A link an edit asks for: this issue and {@code other}, this issue on the outward side when {@code outward}. */
    record Pending(LinkType type, JiraIssue other, boolean outward) {
    }

    private final JiraSite site;
    private final IssueEvents events;

    LinkFields(JiraSite site, IssueEvents events) {
        this.site = site;
        this.events = events;
    }

    /** Resolves the operations into {@link Pending} links; returns an error text or null. */
    String resolve(JsonNode operations, JiraIssue current, List<Pending> out, Function<String, JiraIssue> issues) {
        for (JsonNode operation : operations) {
            String verb = operation.fieldNames().next();
            if (!verb.equals("add")) return "Field 'issuelinks' does not support update '" + verb + "'";
            JsonNode add = operation.get(verb);
            JsonNode typeRef = add.path("type");
            if (!typeRef.isObject() || !(typeRef.hasNonNull("id") || typeRef.hasNonNull("name"))) return "Issue Link Type must be specified";
            LinkType type = site.catalog.fields.linkType(typeRef.path("id").asText(null), typeRef.path("name").asText(null));
            if (type == null) return "No issue link type with name '" + typeRef.path("name").asText(typeRef.path("id").asText()) + "' found.";
            boolean outward = add.has("outwardIssue");
            JsonNode ref = outward ? add.get("outwardIssue") : add.get("inwardIssue");
            if (ref == null || !ref.isObject()) return "Specify the linked issue as outwardIssue or inwardIssue";
            JiraIssue other;
            try {
                other = issues.apply(ref.path("key").asText(ref.path("id").asText("")));
            } catch (JiraError notFound) {
                return "Issue '" + ref.path("key").asText(ref.path("id").asText("")) + "' does not exist or you do not have permission to see it.";
            }
            if (other == current) return "You cannot link an issue to itself.";
            // "outwardIssue: X" means X is the outward end's target: this issue <outward wording> X
            out.add(new Pending(type, other, outward));
        }
        return null;
    }

    /** Creates the links; records, bumps and announces the other issues' side; returns this issue's items. */
    List<ChangeItem> apply(JiraIssue issue, List<Pending> pending, JiraUser caller) {
        List<ChangeItem> items = new ArrayList<>();
        for (Pending p : pending) {
            JiraIssue outwardEnd = p.outward() ? issue : p.other();
            JiraIssue inwardEnd = p.outward() ? p.other() : issue;
            if (site.links.exists(p.type(), outwardEnd, inwardEnd)) continue;
            site.links.link(p.type(), outwardEnd, inwardEnd);
            String mine = p.outward() ? p.type().outward() : p.type().inward();
            String theirs = p.outward() ? p.type().inward() : p.type().outward();
            items.add(new ChangeItem("Link", "issuelinks", null, null, p.other().key, "This issue " + mine + " " + p.other().key));
            Instant at = site.issues.touch(p.other());
            History history = site.issues.record(p.other(), caller.accountId(), at,
                    List.of(new ChangeItem("Link", "issuelinks", null, null, issue.key, "This issue " + theirs + " " + issue.key)));
            events.updated(p.other(), caller, history, "issue_updated");
        }
        return items;
    }

    /** The {@code issuelinks} field of an issue. */
    ArrayNode render(JiraIssue issue, JiraJson json) {
        ArrayNode out = JiraJson.MAPPER.createArrayNode();
        for (JiraLink link : site.links.of(issue)) {
            ObjectNode node = out.addObject();
            node.put("id", link.id());
            node.put("self", json.api("issueLink/" + link.id()));
            ObjectNode type = node.putObject("type");
            type.put("id", link.type().id());
            type.put("name", link.type().name());
            type.put("inward", link.type().inward());
            type.put("outward", link.type().outward());
            type.put("self", json.api("issueLinkType/" + link.type().id()));
            if (link.outward() == issue) node.set("outwardIssue", ref(link.inward(), json));
            else node.set("inwardIssue", ref(link.outward(), json));
        }
        return out;
    }

    /** The short form of a linked issue or sub-task: id, key, self and a few fields. */
    static ObjectNode ref(JiraIssue other, JiraJson json) {
        ObjectNode node = JiraJson.MAPPER.createObjectNode();
        node.put("id", other.id);
        node.put("key", other.key);
        node.put("self", json.api("issue/" + other.id));
        ObjectNode f = node.putObject("fields");
        f.put("summary", other.summary);
        f.set("status", json.status(other.status));
        f.set("priority", other.priority == null ? null : json.priority(other.priority));
        f.set("issuetype", json.issueType(other.type, true));
        return node;
    }
}
