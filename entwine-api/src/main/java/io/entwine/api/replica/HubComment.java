package io.entwine.api.replica;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment. Mutable because rules edit comments in place (for example
 * {@code commentHelper.mergeComments(issue, replica) { it.body = "[" + it.author.displayName + "] " + it.body }}).
 *
 * <p>{@code remoteId} is set on a local comment that mirrors a comment of the other side; the engine
 * records it as a trace when it writes the comment. {@code id} is null for a comment not yet written.
 * {@code roleLevel}/{@code groupLevel} name the role or group a restricted comment is visible to;
 * {@code internal} marks a comment hidden from customers (service desks). {@code executor} is the user the
 * comment should be written as. {@code localOnly} marks a comment the sync wrote that must never be sent back
 * ({@code commentHelper.addComment(body, false, comments)}). Not thread-safe.
 */
public final class HubComment {
    private String id;
    private String body;
    private HubUser author;
    private HubUser updateAuthor;
    private Instant created;
    private Instant updated;
    private boolean internal;
    private String roleLevel;
    private String groupLevel;
    private HubUser executor;
    private String remoteId;
    private boolean localOnly;

    public HubComment() {
    }

    public HubComment(String id, String body, HubUser author, Instant created, Instant updated) {
        this.id = id;
        this.body = body;
        this.author = author;
        this.created = created;
        this.updated = updated;
    }

    public HubComment copy() {
        HubComment c = new HubComment(id, body, author, created, updated);
        c.updateAuthor = updateAuthor;
        c.internal = internal;
        c.roleLevel = roleLevel;
        c.groupLevel = groupLevel;
        c.executor = executor;
        c.remoteId = remoteId;
        c.localOnly = localOnly;
        return c;
    }

    public String getId() { return id; }
    public void setId(Object id) { this.id = Lenient.text(id); }
    public String getBody() { return body; }
    public void setBody(Object body) { this.body = Lenient.text(body); }
    public HubUser getAuthor() { return author; }
    public void setAuthor(Object author) { this.author = Lenient.user(author, "author"); }
    public HubUser getUpdateAuthor() { return updateAuthor; }
    public void setUpdateAuthor(Object updateAuthor) { this.updateAuthor = Lenient.user(updateAuthor, "updateAuthor"); }
    public Instant getCreated() { return created; }
    public void setCreated(Object created) { this.created = LenientTime.instant(created, "created"); }
    public Instant getUpdated() { return updated; }
    public void setUpdated(Object updated) { this.updated = LenientTime.instant(updated, "updated"); }
    public boolean isInternal() { return internal; }
    public void setInternal(boolean internal) { this.internal = internal; }
    public String getRoleLevel() { return roleLevel; }
    public void setRoleLevel(Object roleLevel) { this.roleLevel = Lenient.text(roleLevel); }
    public String getGroupLevel() { return groupLevel; }
    public void setGroupLevel(Object groupLevel) { this.groupLevel = Lenient.text(groupLevel); }
    public HubUser getExecutor() { return executor; }
    public void setExecutor(Object executor) { this.executor = Lenient.user(executor, "executor"); }
    public String getRemoteId() { return remoteId; }
    public void setRemoteId(Object remoteId) { this.remoteId = Lenient.text(remoteId); }
    public boolean isLocalOnly() { return localOnly; }
    public void setLocalOnly(boolean localOnly) { this.localOnly = localOnly; }

    /** True when the comment is visible to everyone: not internal and not restricted to a role or group. */
    public boolean isPublic() {
        return !internal && (roleLevel == null || roleLevel.isBlank()) && (groupLevel == null || groupLevel.isBlank());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof HubComment c)) return false;
        return internal == c.internal && localOnly == c.localOnly && Objects.equals(id, c.id) && Objects.equals(body, c.body)
                && Objects.equals(author, c.author) && Objects.equals(updateAuthor, c.updateAuthor)
                && Objects.equals(created, c.created) && Objects.equals(updated, c.updated)
                && Objects.equals(roleLevel, c.roleLevel) && Objects.equals(groupLevel, c.groupLevel)
                && Objects.equals(executor, c.executor) && Objects.equals(remoteId, c.remoteId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, body, author, created, updated, internal, remoteId);
    }

    @Override
    public String toString() {
        return "HubComment[id=" + id + ", remoteId=" + remoteId + ", author=" + (author == null ? null : author.label())
                + ", body=" + (body == null ? null : body.length() > 40 ? body.substring(0, 40) + "…" : body) + "]";
    }
}
