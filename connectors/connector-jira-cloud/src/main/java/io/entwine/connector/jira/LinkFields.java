package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubIssueLink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Issue links: read from {@code issuelinks} as (other issue's key, this side's wording, type name, browse URL);
 * written as {@code update.issuelinks[{add}]}, the edit's only link verb (the API selection has no link delete,
 * so a link the rules drop is refused, not silently kept). The direction comes from the wording: Jira's inward
 * wordings read "is ... by" ("is blocked by"), so a {@code linkName} starting with "is " links inward, anything
 * else (or none) outward. Thread-safe.
 */
final class LinkFields {
    private final UnaryOperator<String> browseUrl;

    LinkFields(UnaryOperator<String> browseUrl) {
        this.browseUrl = browseUrl;
    }

    List<HubIssueLink> read(JsonNode links) {
        List<HubIssueLink> out = new ArrayList<>();
        for (JsonNode l : links) {
            boolean outward = l.has("outwardIssue");
            String other = (outward ? l.path("outwardIssue") : l.path("inwardIssue")).path("key").asText(null);
            JsonNode type = l.path("type");
            out.add(new HubIssueLink(other, type.path(outward ? "outward" : "inward").asText(null), type.path("name").asText(null),
                    other == null ? null : browseUrl.apply(other)));
        }
        return out;
    }

    /** The add operations taking {@code current} to {@code wanted}; refuses removals, which the API cannot make. */
    ArrayNode operations(String key, List<HubIssueLink> current, Collection<?> wanted) {
        ArrayNode operations = JiraApi.JSON.createArrayNode();
        List<HubIssueLink> target = new ArrayList<>();
        for (Object o : wanted) if (o instanceof HubIssueLink l) target.add(l);
        List<String> removed = new ArrayList<>();
        for (HubIssueLink c : current) if (target.stream().noneMatch(t -> same(c, t))) removed.add(c.getLinkName() + " " + c.getOtherIssueId());
        if (!removed.isEmpty()) {
            throw new EntityException("the Jira Cloud connector cannot remove links of " + key + " (" + String.join(", ", removed)
                    + "): the issue edit only adds links");
        }
        for (HubIssueLink t : target) {
            if (current.stream().anyMatch(c -> same(c, t))) continue;
            if (t.getOtherIssueId() == null || t.getLinkTypeName() == null) {
                throw new EntityException("a link of " + key + " needs the other issue and the link type name: " + t);
            }
            ObjectNode add = operations.addObject().putObject("add");
            add.putObject("type").put("name", t.getLinkTypeName());
            add.putObject(inward(t) ? "inwardIssue" : "outwardIssue").put(t.getOtherIssueId().contains("-") ? "key" : "id", t.getOtherIssueId());
        }
        return operations;
    }

    String browse(String key) {
        return browseUrl.apply(key);
    }

    static boolean inward(HubIssueLink link) {
        return link.getLinkName() != null && link.getLinkName().toLowerCase(Locale.ROOT).startsWith("is ");
    }

    /** Same other issue, type and direction. */
    private static boolean same(HubIssueLink a, HubIssueLink b) {
        return a.getOtherIssueId() != null && a.getOtherIssueId().equalsIgnoreCase(b.getOtherIssueId())
                && a.getLinkTypeName() != null && a.getLinkTypeName().equalsIgnoreCase(b.getLinkTypeName()) && inward(a) == inward(b);
    }
}
