package io.entwine.server.mail;

import io.entwine.core.notify.Digest;
import io.entwine.core.notify.DigestGroup;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.notification.DueError;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The words both forms of a digest mail share: subject, headings, what waits, and the admin's commands. */
final class DigestWording {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private DigestWording() {
    }

    static String subject(Digest digest) {
        return "[Entwine " + digest.nodeName() + "] " + digest.summary();
    }

    static String intro(Digest digest) {
        return "Entwine node " + digest.nodeName() + " (" + digest.nodeUrl() + "): " + digest.summary() + ", "
                + plural(digest.occurrences(), "occurrence") + " in all, as of " + time(digest.createdAt()) + ".";
    }

    static String groupTitle(DigestGroup group) {
        String where = group.connectionId() == null ? "outside any connection"
                : "on connection " + (group.connectionName() == null ? group.connectionId() : group.connectionName());
        return group.level() + " errors " + where;
    }

    static String groupCounts(DigestGroup group) {
        return plural(group.errors(), "error") + " (" + group.newErrors() + " new), " + plural(group.occurrences(), "occurrence")
                + ", first seen " + time(group.firstSeen()) + ", last seen " + time(group.lastSeen());
    }

    /** What waits while errors of this level are open, and what the admin can do (DESIGN.md, Errors). */
    static String whatWaits(ErrorLevel level) {
        return switch (level) {
            case ENTITY -> "Each twin waits until the cause is fixed (for example in the tracker) and the event is retried or skipped.";
            case CONNECTION -> "The whole connection waits (its changes keep being queued) until its rules or settings are fixed and"
                    + " the error is retried.";
            case INSTANCE -> "Entwine retries these by itself with backoff; they persist, so check that the tracker and the peer node"
                    + " are reachable and the credentials are valid.";
            case NODE -> "A defect in Entwine: the node's sync stopped until an admin retries or skips the event and activates the"
                    + " sync again. Please report it with the stack trace"
                    + " (GET /api/errors).";
        };
    }

    static String errorTitle(DueError error) {
        return "Error " + error.id() + (error.isNew() ? " (new)" : " (still open, reported " + time(error.notifiedAt()) + ")");
    }

    /** "local DEMO-1, remote 12 (twin 5)", or null for an error of no twin. */
    static String twin(DueError error) {
        if (error.twinId() == null) return null;
        return "local " + orUnknown(error.localKey()) + ", remote " + orUnknown(error.remoteKey()) + " (twin " + error.twinId() + ")";
    }

    /** "incoming, line 12", or null for an error outside the rules. */
    static String script(DueError error) {
        if (error.scriptName() == null && error.scriptLine() == null) return null;
        return orUnknown(error.scriptName()) + (error.scriptLine() == null ? "" : ", line " + error.scriptLine());
    }

    static String seen(DueError error) {
        return "occurred " + plural(error.occurrences(), "time") + ", first seen " + time(error.firstSeen()) + ", last seen "
                + time(error.lastSeen());
    }

    static String retryCommand(String nodeUrl, long errorId) {
        return "bin/entwine errors retry --node " + nodeUrl + " " + errorId;
    }

    static String skipCommand(String nodeUrl, long errorId) {
        return "bin/entwine errors skip --node " + nodeUrl + " " + errorId;
    }

    static String retryRequest(String nodeUrl, long errorId) {
        return "POST " + nodeUrl + "/api/errors/" + errorId + "/retry";
    }

    static String skipRequest(String nodeUrl, long errorId) {
        return "POST " + nodeUrl + "/api/errors/" + errorId + "/skip";
    }

    static String listCommand(String nodeUrl) {
        return "bin/entwine errors --node " + nodeUrl;
    }

    static String listRequest(String nodeUrl) {
        return "GET " + nodeUrl + "/api/errors";
    }

    static String notShown(DigestGroup group) {
        return "... and " + plural(group.notShown(), "more error") + " of this group not shown here.";
    }

    /** Null unless this digest was the last one allowed this hour. */
    static String limitNote(Digest digest) {
        if (digest.nextDigestNotBefore() == null) return null;
        return "This is the last of at most " + digest.maxPerHour() + " digests an hour: errors recorded from now on are reported"
                + " in the next digest, not before " + time(digest.nextDigestNotBefore()) + ".";
    }

    static String time(Instant instant) {
        return instant == null ? "unknown" : TIME.format(instant);
    }

    private static String orUnknown(String value) {
        return value == null ? "(none yet)" : value;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
