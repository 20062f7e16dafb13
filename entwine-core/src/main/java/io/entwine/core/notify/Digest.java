package io.entwine.core.notify;

import java.time.Instant;
import java.util.List;

/**
 * One message to the admins of node {@code nodeName} (reachable at {@code nodeUrl}): the errors due at
 * {@code createdAt}, grouped by level and connection, most urgent group first. {@code nextDigestNotBefore} is set
 * when this digest used the last one allowed in the hour: errors recorded meanwhile are reported then.
 */
public record Digest(String nodeName, String nodeUrl, Instant createdAt, List<DigestGroup> groups, int maxPerHour,
                     Instant nextDigestNotBefore) {

    public Digest {
        groups = List.copyOf(groups);
    }

    /** How many errors the digest reports. */
    public long errors() {
        return groups.stream().mapToLong(DigestGroup::errors).sum();
    }

    /** How many of them admins hear of for the first time. */
    public long newErrors() {
        return groups.stream().mapToLong(DigestGroup::newErrors).sum();
    }

    /** How many of them were reported before and are still open. */
    public long stillOpen() {
        return errors() - newErrors();
    }

    /** How often they occurred in all. */
    public long occurrences() {
        return groups.stream().mapToLong(DigestGroup::occurrences).sum();
    }

    /** "3 new errors, 1 still open": the gist, for a subject line. */
    public String summary() {
        long fresh = newErrors();
        long open = stillOpen();
        StringBuilder s = new StringBuilder();
        if (fresh > 0) s.append(fresh).append(fresh == 1 ? " new error" : " new errors");
        if (open > 0) {
            if (s.length() > 0) s.append(", ");
            s.append(open).append(fresh > 0 ? " still open" : open == 1 ? " error still open" : " errors still open");
        }
        return s.toString();
    }
}
