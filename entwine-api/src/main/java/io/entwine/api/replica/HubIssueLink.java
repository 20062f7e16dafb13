package io.entwine.api.replica;

import java.util.Objects;

/**
 * A link from this entity to another one of the same tracker: {@code otherIssueId} is the other entity's id in
 * this tracker, {@code linkName} the direction's wording ({@code blocks}, {@code is blocked by}),
 * {@code linkTypeName} the link type ({@code Blocks}) and {@code url} the other entity's browse URL when known.
 * Mutable because scripts rewrite the ids of received links to the local ones. Not thread-safe.
 */
public final class HubIssueLink {
    private String otherIssueId;
    private String linkName;
    private String linkTypeName;
    private String url;

    public HubIssueLink() {
    }

    /** Lenient: the other id may be a number. */
    public HubIssueLink(Object otherIssueId, String linkName, String linkTypeName) {
        setOtherIssueId(otherIssueId);
        this.linkName = linkName;
        this.linkTypeName = linkTypeName;
    }

    public HubIssueLink(Object otherIssueId, String linkName, String linkTypeName, String url) {
        this(otherIssueId, linkName, linkTypeName);
        this.url = url;
    }

    public String getOtherIssueId() { return otherIssueId; }
    public void setOtherIssueId(Object id) { this.otherIssueId = id == null ? null : String.valueOf(id); }
    public String getLinkName() { return linkName; }
    public void setLinkName(String linkName) { this.linkName = linkName; }
    public String getLinkTypeName() { return linkTypeName; }
    public void setLinkTypeName(String linkTypeName) { this.linkTypeName = linkTypeName; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }

    public HubIssueLink copy() {
        return new HubIssueLink(otherIssueId, linkName, linkTypeName, url);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HubIssueLink l && Objects.equals(otherIssueId, l.otherIssueId) && Objects.equals(linkName, l.linkName)
                && Objects.equals(linkTypeName, l.linkTypeName) && Objects.equals(url, l.url);
    }

    @Override
    public int hashCode() { return Objects.hash(otherIssueId, linkName, linkTypeName); }

    @Override
    public String toString() { return linkName + " " + otherIssueId; }
}
