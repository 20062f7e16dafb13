package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Attachments in Jira Cloud's shapes: {@code Attachment} (issue field, upload answer) and {@code AttachmentMetadata}. */
final class AttachmentJson {
    private AttachmentJson() {
    }

    /** The {@code attachment} issue field. */
    static ArrayNode field(JiraJson json, JiraIssue issue) {
        ArrayNode list = JiraJson.MAPPER.createArrayNode();
        issue.attachments.forEach(a -> list.add(attachment(json, a)));
        return list;
    }

    static ObjectNode attachment(JiraJson json, JiraAttachment a) {
        ObjectNode node = JiraJson.MAPPER.createObjectNode();
        node.put("self", json.api("attachments/" + a.id()));
        node.put("id", a.id());
        node.put("filename", a.filename());
        ObjectNode author = json.user(a.authorAccountId());
        if (author != null) {
            author.remove("emailAddress"); // UserDetails of an attachment author: as the official example shows it
            node.set("author", author);
        }
        node.put("created", json.time(a.created()));
        node.put("size", a.size());
        node.put("mimeType", a.mimeType());
        node.put("content", json.api("attachment/content/" + a.id()));
        return node;
    }

    /** AttachmentMetadata: the numeric id and a {@code User} author, as the official schema says. */
    static ObjectNode metadata(JiraJson json, JiraAttachment a) {
        ObjectNode node = JiraJson.MAPPER.createObjectNode();
        node.put("id", Long.parseLong(a.id()));
        node.put("self", json.api("attachments/" + a.id()));
        node.put("filename", a.filename());
        ObjectNode author = json.user(a.authorAccountId());
        if (author != null) node.set("author", author);
        node.put("created", json.time(a.created()));
        node.put("size", a.size());
        node.put("mimeType", a.mimeType());
        node.put("content", json.api("attachment/content/" + a.id()));
        return node;
    }
}
