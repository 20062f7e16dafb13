package io.entwine.api.replica;

import java.time.Instant;
import java.util.Objects;

/**
 * Time logged on an entity: {@code timeSpent} in seconds from {@code startDate}, with an optional comment.
 * {@code remoteId} is set on a local work log that mirrors one of the other side (recorded as a trace when
 * written); {@code id} is null for a work log not yet written. Mutable like comments. Not thread-safe.
 */
public final class HubWorkLog {
    private String id;
    private HubUser author;
    private HubUser updateAuthor;
    private Long timeSpent;
    private Instant startDate;
    private String comment;
    private Instant created;
    private Instant updated;
    private String remoteId;

    public HubWorkLog() {
    }

    public HubWorkLog(String id, HubUser author, Long timeSpent, Instant startDate, String comment) {
        this.id = id;
        this.author = author;
        this.timeSpent = timeSpent;
        this.startDate = startDate;
        this.comment = comment;
    }

    public HubWorkLog copy() {
        HubWorkLog c = new HubWorkLog(id, author, timeSpent, startDate, comment);
        c.updateAuthor = updateAuthor;
        c.created = created;
        c.updated = updated;
        c.remoteId = remoteId;
        return c;
    }

    public String getId() { return id; }
    public void setId(Object id) { this.id = Lenient.text(id); }
    public HubUser getAuthor() { return author; }
    public void setAuthor(Object author) { this.author = Lenient.user(author, "author"); }
    public HubUser getUpdateAuthor() { return updateAuthor; }
    public void setUpdateAuthor(Object user) { this.updateAuthor = Lenient.user(user, "updateAuthor"); }
    /** Seconds. Lenient: a number, a {@code java.time.Duration} or Jira's {@code "1h 30m"} form. */
    public Long getTimeSpent() { return timeSpent; }
    public void setTimeSpent(Object timeSpent) { this.timeSpent = LenientTime.seconds(timeSpent, "timeSpent"); }
    public Instant getStartDate() { return startDate; }
    public void setStartDate(Object startDate) { this.startDate = LenientTime.instant(startDate, "startDate"); }
    public String getComment() { return comment; }
    public void setComment(Object comment) { this.comment = Lenient.text(comment); }
    public Instant getCreated() { return created; }
    public void setCreated(Object created) { this.created = LenientTime.instant(created, "created"); }
    public Instant getUpdated() { return updated; }
    public void setUpdated(Object updated) { this.updated = LenientTime.instant(updated, "updated"); }
    public String getRemoteId() { return remoteId; }
    public void setRemoteId(Object remoteId) { this.remoteId = Lenient.text(remoteId); }

    @Override
    public boolean equals(Object o) {
        return o instanceof HubWorkLog w && Objects.equals(id, w.id) && Objects.equals(author, w.author)
                && Objects.equals(updateAuthor, w.updateAuthor) && Objects.equals(timeSpent, w.timeSpent)
                && Objects.equals(startDate, w.startDate) && Objects.equals(comment, w.comment)
                && Objects.equals(created, w.created) && Objects.equals(updated, w.updated)
                && Objects.equals(remoteId, w.remoteId);
    }

    @Override
    public int hashCode() { return Objects.hash(id, timeSpent, startDate); }

    @Override
    public String toString() { return "HubWorkLog[id=" + id + ", remoteId=" + remoteId + ", timeSpent=" + timeSpent + "]"; }
}
