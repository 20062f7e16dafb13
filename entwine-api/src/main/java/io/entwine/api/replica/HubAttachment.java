package io.entwine.api.replica;

import java.time.Instant;
import java.util.Objects;

/**
 * One attachment's metadata; the content travels separately and is checked against {@code contentHash}
 * (SHA-256, lower-case hex) on arrival. {@code remoteId} is set on a local attachment that mirrors one of the other
 * side (the engine records it as a trace when it uploads the content); {@code id} is null for an attachment not yet
 * uploaded. Mutable like comments. Not thread-safe.
 */
public final class HubAttachment {
    private String id;
    private String filename;
    private String mimetype;
    private Long filesize;
    private Instant created;
    private HubUser author;
    private String contentHash;
    private String remoteId;

    public HubAttachment() {
    }

    public HubAttachment(String id, String filename, String mimetype, Long filesize, String contentHash) {
        this.id = id;
        this.filename = filename;
        this.mimetype = mimetype;
        this.filesize = filesize;
        this.contentHash = contentHash;
    }

    public HubAttachment copy() {
        HubAttachment c = new HubAttachment(id, filename, mimetype, filesize, contentHash);
        c.created = created;
        c.author = author;
        c.remoteId = remoteId;
        return c;
    }

    public String getId() { return id; }
    public void setId(Object id) { this.id = Lenient.text(id); }
    public String getFilename() { return filename; }
    public void setFilename(String filename) { this.filename = filename; }
    public String getMimetype() { return mimetype; }
    public void setMimetype(String mimetype) { this.mimetype = mimetype; }
    /** Size in bytes. */
    public Long getFilesize() { return filesize; }
    public void setFilesize(Object filesize) { this.filesize = LenientTime.wholeNumber(filesize, "filesize"); }
    public Instant getCreated() { return created; }
    public void setCreated(Object created) { this.created = LenientTime.instant(created, "created"); }
    public HubUser getAuthor() { return author; }
    public void setAuthor(Object author) { this.author = Lenient.user(author, "author"); }
    /** SHA-256 of the content, lower-case hex. */
    public String getContentHash() { return contentHash; }
    public void setContentHash(String contentHash) { this.contentHash = contentHash; }
    public String getRemoteId() { return remoteId; }
    public void setRemoteId(Object remoteId) { this.remoteId = Lenient.text(remoteId); }

    @Override
    public boolean equals(Object o) {
        return o instanceof HubAttachment a && Objects.equals(id, a.id) && Objects.equals(filename, a.filename)
                && Objects.equals(mimetype, a.mimetype) && Objects.equals(filesize, a.filesize)
                && Objects.equals(created, a.created) && Objects.equals(author, a.author)
                && Objects.equals(contentHash, a.contentHash) && Objects.equals(remoteId, a.remoteId);
    }

    @Override
    public int hashCode() { return Objects.hash(id, filename, contentHash); }

    @Override
    public String toString() { return "HubAttachment[id=" + id + ", remoteId=" + remoteId + ", filename=" + filename + "]"; }
}
