package io.entwine.emulator.github;

import java.time.Instant;

/** A repository milestone; issues point at one by number. Mutated only under the world lock. */
final class Milestone {
    final long id;
    final int number;
    final String title;
    final String description;
    final Account creator;
    final Instant created;
    String state = "open";

    Milestone(long id, int number, String title, String description, Account creator, Instant created) {
        this.id = id;
        this.number = number;
        this.title = title;
        this.description = description;
        this.creator = creator;
        this.created = created;
    }
}
