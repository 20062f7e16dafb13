package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubWorkLog;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Work logs: read from the {@code worklog} page Jira embeds in an issue's fields (Jira embeds at most 20; the API
 * selection has no work log listing, so later entries are not seen), written through the edit's
 * {@code update.worklog[{add}]} with {@code returnIssue} and the changelog expansion, whose {@code WorklogId}
 * items tell the new entries' ids. Thread-safe.
 */
final class WorklogFields {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private final TextCodec text;

    WorklogFields(TextCodec text) {
        this.text = text;
    }

    List<HubWorkLog> read(JsonNode page) {
        List<HubWorkLog> out = new ArrayList<>();
        for (JsonNode w : page.path("worklogs")) out.add(workLog(w));
        return out;
    }

    private HubWorkLog workLog(JsonNode w) {
        HubWorkLog log = new HubWorkLog(w.path("id").asText(null), IssueMapping.user(w.get("author")),
                w.path("timeSpentSeconds").asLong(), JiraTimestamps.parse(w.path("started").asText(null), "worklog started"),
                w.hasNonNull("comment") ? text.toMarkdown(w.get("comment")) : null);
        log.setUpdateAuthor(IssueMapping.user(w.get("updateAuthor")));
        log.setCreated(JiraTimestamps.parse(w.path("created").asText(null), "worklog created"));
        log.setUpdated(JiraTimestamps.parse(w.path("updated").asText(null), "worklog updated"));
        return log;
    }

    /** The edit body that logs these entries. */
    ObjectNode addBody(String key, List<HubWorkLog> workLogs) {
        ObjectNode body = JiraApi.JSON.createObjectNode();
        ArrayNode operations = body.putObject("update").putArray("worklog");
        for (HubWorkLog w : workLogs) {
            if (w.getTimeSpent() == null || w.getTimeSpent() <= 0) {
                throw new EntityException("a work log for " + key + " needs a time spent above zero; it has " + w.getTimeSpent());
            }
            ObjectNode add = operations.addObject().putObject("add");
            add.put("timeSpentSeconds", w.getTimeSpent());
            if (w.getStartDate() != null) add.put("started", STARTED.format(w.getStartDate()));
            if (w.getComment() != null && !w.getComment().isBlank()) add.set("comment", text.toAdf(w.getComment()));
        }
        return body;
    }

    /**
     * The entries as stored, from the edit's answer: ids from the newest history of {@code author} with
     * {@code WorklogId} items, details from the embedded page (or, past its 20 entries, from what was sent).
     */
    List<HubWorkLog> stored(String key, List<HubWorkLog> sent, JsonNode issue, HubUser author) {
        List<String> ids = new ArrayList<>();
        JsonNode histories = issue.path("changelog").path("histories");
        for (int i = histories.size() - 1; i >= 0 && ids.isEmpty(); i--) {
            JsonNode h = histories.get(i);
            if (!author.key().equals(h.path("author").path("accountId").asText())) continue;
            for (JsonNode item : h.path("items")) if ("WorklogId".equals(item.path("field").asText())) ids.add(item.path("to").asText());
        }
        if (ids.size() != sent.size()) {
            throw new EntityException("Jira logged work on " + key + " but its changelog names " + ids.size() + " new work log(s) for "
                    + sent.size() + " sent; the work logs' ids are unknown");
        }
        Map<String, HubWorkLog> embedded = new LinkedHashMap<>();
        for (HubWorkLog w : read(issue.path("fields").path("worklog"))) embedded.put(w.getId(), w);
        List<HubWorkLog> out = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            HubWorkLog stored = embedded.get(ids.get(i));
            if (stored == null) {
                stored = sent.get(i).copy();
                stored.setId(ids.get(i));
                stored.setAuthor(author);
                stored.setUpdateAuthor(author);
            }
            out.add(stored);
        }
        return out;
    }
}
