package io.entwine.script.helpers;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubUser;

import java.time.Instant;
import java.util.List;

/** Builders for comment tests. */
final class Comments {
    static final HubUser ALICE = new HubUser("alice", "alice", "alice@example.com", "Alice Example", true);
    static final HubUser BOB = new HubUser("bob", "bob", "bob@example.com", "Bob Builder", true);
    static final HubUser SYNC = new HubUser("sync-bot", "sync-bot", null, "Sync Bot", true);

    private Comments() {
    }

    static HubComment comment(String id, String body, HubUser author) {
        return new HubComment(id, body, author, Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"));
    }

    static HubIssue withComments(HubComment... comments) {
        HubIssue issue = new HubIssue();
        issue.setComments(List.of(comments));
        return issue;
    }
}
