package io.entwine.model.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubSprint;
import io.entwine.api.replica.HubWorkLog;

/** JSON to the replica's sub-objects that have no place in {@link ReplicaReader}'s field switch; strict about shapes. */
final class ObjectReader {

    private ObjectReader() {
    }

    static HubIssueLink issueLink(JsonNode node, String path) {
        object(node, path);
        return new HubIssueLink(ReplicaReader.text(node.get("otherIssueId"), JsonPath.field(path, "otherIssueId")),
                ReplicaReader.text(node.get("linkName"), JsonPath.field(path, "linkName")),
                ReplicaReader.text(node.get("linkTypeName"), JsonPath.field(path, "linkTypeName")),
                ReplicaReader.text(node.get("url"), JsonPath.field(path, "url")));
    }

    static HubAttachment attachment(JsonNode node, String path) {
        object(node, path);
        HubAttachment a = new HubAttachment(ReplicaReader.text(node.get("id"), JsonPath.field(path, "id")),
                ReplicaReader.text(node.get("filename"), JsonPath.field(path, "filename")),
                ReplicaReader.text(node.get("mimetype"), JsonPath.field(path, "mimetype")),
                whole(node.get("filesize"), JsonPath.field(path, "filesize")),
                ReplicaReader.text(node.get("contentHash"), JsonPath.field(path, "contentHash")));
        a.setCreated(ReplicaReader.instant(node.get("created"), JsonPath.field(path, "created")));
        a.setAuthor(ReplicaReader.user(node.get("author"), JsonPath.field(path, "author")));
        a.setRemoteId(ReplicaReader.text(node.get("remoteId"), JsonPath.field(path, "remoteId")));
        return a;
    }

    static HubWorkLog workLog(JsonNode node, String path) {
        object(node, path);
        HubWorkLog w = new HubWorkLog(ReplicaReader.text(node.get("id"), JsonPath.field(path, "id")),
                ReplicaReader.user(node.get("author"), JsonPath.field(path, "author")),
                whole(node.get("timeSpent"), JsonPath.field(path, "timeSpent")),
                ReplicaReader.instant(node.get("startDate"), JsonPath.field(path, "startDate")),
                ReplicaReader.text(node.get("comment"), JsonPath.field(path, "comment")));
        w.setUpdateAuthor(ReplicaReader.user(node.get("updateAuthor"), JsonPath.field(path, "updateAuthor")));
        w.setCreated(ReplicaReader.instant(node.get("created"), JsonPath.field(path, "created")));
        w.setUpdated(ReplicaReader.instant(node.get("updated"), JsonPath.field(path, "updated")));
        w.setRemoteId(ReplicaReader.text(node.get("remoteId"), JsonPath.field(path, "remoteId")));
        return w;
    }

    /** A sprint object, or leniently its name. */
    static HubSprint sprint(JsonNode node, String path) {
        if (node.isTextual()) return HubSprint.named(node.textValue());
        object(node, path);
        return new HubSprint(ReplicaReader.text(node.get("id"), JsonPath.field(path, "id")),
                ReplicaReader.text(node.get("name"), JsonPath.field(path, "name")),
                ReplicaReader.text(node.get("state"), JsonPath.field(path, "state")),
                ReplicaReader.instant(node.get("startDate"), JsonPath.field(path, "startDate")),
                ReplicaReader.instant(node.get("endDate"), JsonPath.field(path, "endDate")));
    }

    private static Long whole(JsonNode node, String path) {
        if (node == null || node.isNull()) return null;
        if (!node.isIntegralNumber() || !node.canConvertToLong()) throw new ReplicaFormatException(path, "expected a whole number");
        return node.longValue();
    }

    private static void object(JsonNode node, String path) {
        if (!node.isObject()) throw new ReplicaFormatException(path, "expected an object");
    }
}
