package io.entwine.core.trigger;

import io.entwine.core.connection.ConnectionSettings;
import io.entwine.store.connection.Connection;

import java.util.Map;
import java.util.Set;

/**
 * Which entities not yet twinned come under sync, per connection, for one batch of changes: on a connection with
 * triggers, those matching one; on one without, all of them when its {@code syncAll} setting says so.
 */
public final class Admission {
    private final Map<String, Set<String>> matchingByConnection;

    Admission(Map<String, Set<String>> matchingByConnection) {
        this.matchingByConnection = Map.copyOf(matchingByConnection);
    }

    /** Admits everything on connections without triggers (their syncAll decides). */
    public static Admission byConnectionSettings() {
        return new Admission(Map.of());
    }

    public boolean admits(Connection connection, String key) {
        Set<String> matching = matchingByConnection.get(connection.id());
        if (matching != null) return matching.contains(key);
        return ConnectionSettings.fromJson(connection.configJson()).syncAll();
    }
}
