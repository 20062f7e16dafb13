package io.entwine.emulator.github;

import java.time.Instant;

/** A GitHub account: a user (or bot user) who can act and be assigned, or an organisation owning repositories. */
final class Account {
    static final String USER = "User";
    static final String ORGANIZATION = "Organization";

    final long id;
    final String login;
    final String type;
    final Instant created;
    String name;
    /** The public e-mail shown by {@code GET /users/{login}}; null when the user keeps it private. */
    String email;

    Account(long id, String login, String type, String name, String email, Instant created) {
        this.id = id;
        this.login = login;
        this.type = type;
        this.name = name;
        this.email = email;
        this.created = created;
    }

    boolean isUser() {
        return USER.equals(type);
    }
}
