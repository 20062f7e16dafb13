package io.entwine.emulator.github;

import java.time.Instant;
import java.util.List;

/** A repository webhook ({@code name: web}); {@code events} may contain {@code *} for every event. */
final class Hook {
    final long id;
    final Instant created;
    String url;
    String contentType;
    String secret;
    String insecureSsl = "0";
    List<String> events;
    boolean active;
    Instant updated;

    Hook(long id, Instant created) {
        this.id = id;
        this.created = created;
        this.updated = created;
    }

    boolean wants(String event) {
        return active && (events.contains(event) || events.contains("*"));
    }
}
