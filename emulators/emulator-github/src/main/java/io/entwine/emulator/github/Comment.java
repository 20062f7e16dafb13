package io.entwine.emulator.github;

import java.time.Instant;

/** A comment on an issue; the body is Markdown. Mutated only under the world lock. */
final class Comment {
    final long id;
    final Issue issue;
    final Account author;
    final Instant created;
    String body;
    Instant updated;

    Comment(long id, Issue issue, Account author, String body, Instant created) {
        this.id = id;
        this.issue = issue;
        this.author = author;
        this.body = body;
        this.created = created;
        this.updated = created;
    }
}
