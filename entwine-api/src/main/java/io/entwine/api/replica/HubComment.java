package io.entwine.api.replica;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment. Mutable because rules edit comments in place (for example
 * {@code commentHelper.mergeComments(issue, replica) { it.body = "[" + it.author.displayName + "] " + it.body }}).
 *
 * <p>{@code remoteId} is set on a local comment that mirrors a comment of the other side; the engine
 * records it as a trace when it writes the comment. {@code id} is null for a comment not yet written.
 */
public final class HubComment {
    private String id;
    private String body;
    private HubUser author;
    private HubUser updateAuthor;
    private Instant created;
    private Instant updated;
    private boolean internal;
    private HubUser executor;
    private String remoteId;

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
        c.executor = executor;
        c.remoteId = remoteId;
        return c;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public HubUser getAuthor() { return author; }
    public void setAuthor(HubUser author) { this.author = author; }
    public HubUser getUpdateAuthor() { return updateAuthor; }
    public void setUpdateAuthor(HubUser updateAuthor) { this.updateAuthor = updateAuthor; }
    public Instant getCreated() { return created; }
    public void setCreated(Instant created) { this.created = created; }
    public Instant getUpdated() { return updated; }
    public void setUpdated(Instant updated) { this.updated = updated; }
    public boolean isInternal() { return internal; }
    public void setInternal(boolean internal) { this.internal = internal; }
    public HubUser getExecutor() { return executor; }
    public void setExecutor(HubUser executor) { this.executor = executor; }
    public String getRemoteId() { return remoteId; }
    public void setRemoteId(String remoteId) { this.remoteId = remoteId; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof HubComment c)) return false;
        return internal == c.internal && Objects.equals(id, c.id) && Objects.equals(body, c.body)
                && Objects.equals(author, c.author) && Objects.equals(updateAuthor, c.updateAuthor)
                && Objects.equals(created, c.created) && Objects.equals(updated, c.updated)
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
