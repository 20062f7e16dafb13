package io.entwine.emulator.github;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An issue, or a pull request (GitHub lists both through the issues API and numbers them from one
 * sequence per repository). Mutated only under the world lock.
 */
final class Issue {
    final long id;
    final int number;
    final Account author;
    final Instant created;
    final boolean pullRequest;
    String title;
    String body;
    String state = "open";
    String stateReason;
    Instant updated;
    Instant closedAt;
    Account closedBy;
    final List<Label> labels = new ArrayList<>();
    final List<Account> assignees = new ArrayList<>();
    int comments;
    boolean deleted;

    Issue(long id, int number, Account author, Instant created, boolean pullRequest) {
        this.id = id;
        this.number = number;
        this.author = author;
        this.created = created;
        this.updated = created;
        this.pullRequest = pullRequest;
    }

    boolean isOpen() {
        return "open".equals(state);
    }

    boolean hasLabel(String name) {
        return labels.stream().anyMatch(l -> l.name.equalsIgnoreCase(name));
    }
}
