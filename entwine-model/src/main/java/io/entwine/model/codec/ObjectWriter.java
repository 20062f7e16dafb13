package io.entwine.model.codec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubSprint;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
import java.time.Instant;

/**
 * The JSON objects of the replica's parts (users, named values, comments, attachments, work logs, links, options...).
 * Nulls are left out; names that every tracker maps by are required and refused with their path when missing.
 */
final class ObjectWriter {

    private ObjectWriter() {
    }

    static ObjectNode user(HubUser user) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "key", user.key());
        text(o, "username", user.username());
        text(o, "email", user.email());
        text(o, "displayName", user.displayName());
        if (user.active() != null) o.put("active", user.active());
        return o;
    }

    /** Status, priority, resolution, type, security level: a name is what every tracker can map, so it is required. */
    static ObjectNode named(String id, String name, String path) {
        if (name == null) throw new ReplicaFormatException(path, "expected an object with \"name\"");
        ObjectNode o = Json.NODES.objectNode();
        text(o, "id", id);
        o.put("name", name);
        return o;
    }

    static ObjectNode component(HubComponent c, String path) {
        ObjectNode o = named(c.id(), c.name(), path);
        text(o, "description", c.description());
        return o;
    }

    static ObjectNode version(HubVersion v, String path) {
        ObjectNode o = named(v.id(), v.name(), path);
        text(o, "description", v.description());
        return o;
    }

    static ObjectNode project(HubProject project, String path) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "key", project.key());
        text(o, "name", project.name());
        if (!project.versions().isEmpty()) {
            ArrayNode a = o.putArray("versions");
            for (int i = 0; i < project.versions().size(); i++) a.add(version(project.versions().get(i), JsonPath.index(JsonPath.field(path, "versions"), i)));
        }
        if (!project.components().isEmpty()) {
            ArrayNode a = o.putArray("components");
            for (int i = 0; i < project.components().size(); i++) a.add(component(project.components().get(i), JsonPath.index(JsonPath.field(path, "components"), i)));
        }
        return o;
    }

    static ObjectNode sprint(HubSprint s) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "id", s.id());
        text(o, "name", s.name());
        text(o, "state", s.state());
        instant(o, "startDate", s.startDate());
        instant(o, "endDate", s.endDate());
        return o;
    }

    static ObjectNode comment(HubComment comment) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "id", comment.getId());
        text(o, "body", comment.getBody());
        if (comment.getAuthor() != null) o.set("author", user(comment.getAuthor()));
        if (comment.getUpdateAuthor() != null) o.set("updateAuthor", user(comment.getUpdateAuthor()));
        instant(o, "created", comment.getCreated());
        instant(o, "updated", comment.getUpdated());
        o.put("internal", comment.isInternal());
        text(o, "roleLevel", comment.getRoleLevel());
        text(o, "groupLevel", comment.getGroupLevel());
        if (comment.getExecutor() != null) o.set("executor", user(comment.getExecutor()));
        text(o, "remoteId", comment.getRemoteId());
        if (comment.isLocalOnly()) o.put("localOnly", true);
        return o;
    }

    static ObjectNode attachment(HubAttachment a) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "id", a.getId());
        text(o, "filename", a.getFilename());
        text(o, "mimetype", a.getMimetype());
        if (a.getFilesize() != null) o.put("filesize", a.getFilesize());
        instant(o, "created", a.getCreated());
        if (a.getAuthor() != null) o.set("author", user(a.getAuthor()));
        text(o, "contentHash", a.getContentHash());
        text(o, "remoteId", a.getRemoteId());
        return o;
    }

    static ObjectNode workLog(HubWorkLog w) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "id", w.getId());
        if (w.getAuthor() != null) o.set("author", user(w.getAuthor()));
        if (w.getUpdateAuthor() != null) o.set("updateAuthor", user(w.getUpdateAuthor()));
        if (w.getTimeSpent() != null) o.put("timeSpent", w.getTimeSpent());
        instant(o, "startDate", w.getStartDate());
        text(o, "comment", w.getComment());
        instant(o, "created", w.getCreated());
        instant(o, "updated", w.getUpdated());
        text(o, "remoteId", w.getRemoteId());
        return o;
    }

    static ObjectNode issueLink(HubIssueLink l) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "otherIssueId", l.getOtherIssueId());
        text(o, "linkName", l.getLinkName());
        text(o, "linkTypeName", l.getLinkTypeName());
        text(o, "url", l.getUrl());
        return o;
    }

    static ObjectNode option(HubOption option, String path) {
        ObjectNode o = Json.NODES.objectNode();
        text(o, "id", option.getId());
        text(o, "value", option.getValue());
        if (!option.getChildOptions().isEmpty()) {
            ArrayNode children = o.putArray("childOptions");
            String childPath = JsonPath.field(path, "childOptions");
            for (int i = 0; i < option.getChildOptions().size(); i++) {
                Object child = option.getChildOptions().get(i);
                if (!(child instanceof HubOption c)) throw new ReplicaFormatException(JsonPath.index(childPath, i), "expected an option");
                children.add(option(c, JsonPath.index(childPath, i)));
            }
        }
        return o;
    }

    static ObjectNode cascade(HubCascade cascade, String path) {
        ObjectNode o = Json.NODES.objectNode();
        if (cascade.parent() != null) o.set("parent", option(cascade.parent(), JsonPath.field(path, "parent")));
        if (cascade.child() != null) o.set("child", option(cascade.child(), JsonPath.field(path, "child")));
        return o;
    }

    static void text(ObjectNode o, String name, String value) {
        if (value != null) o.put(name, value);
    }

    static void instant(ObjectNode o, String name, Instant value) {
        if (value != null) o.put(name, value.toString());
    }
}
