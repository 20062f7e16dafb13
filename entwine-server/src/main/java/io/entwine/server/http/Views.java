package io.entwine.server.http;

import io.entwine.store.connection.Connection;
import io.entwine.store.errorlog.SyncError;
import io.entwine.store.queue.SyncEvent;
import io.entwine.store.twin.Twin;

import java.time.Instant;

/** What the admin API shows of stored rows. Secrets never leave the node; replicas are left to dedicated routes. */
final class Views {
    private Views() {
    }

    record ConnectionView(String id, String name, String peerName, String peerUrl, String role, String status,
                          Instant createdAt) {
        static ConnectionView of(Connection c) {
            return new ConnectionView(c.id(), c.name(), c.peerName(), c.peerUrl(), c.role().name(), c.status().name(), c.createdAt());
        }
    }

    record TwinView(long id, String connectionId, String localKey, String remoteKey, String remoteUrl, String state,
                    Instant lastLocalUpdate, Instant updatedAt) {
        static TwinView of(Twin t) {
            return new TwinView(t.id(), t.connectionId(), t.localKey(), t.remoteKey(), t.remoteUrl(), t.state().name(),
                    t.lastLocalUpdate(), t.updatedAt());
        }
    }

    record EventView(long id, String connectionId, long twinId, String kind, String status, int attempts,
                     Instant nextAttemptAt, String lastError, Instant createdAt, Integer ruleVersion) {
        static EventView of(SyncEvent e, Integer ruleVersion) {
            return new EventView(e.id(), e.connectionId(), e.twinId(), e.kind().name(), e.status().name(), e.attempts(),
                    e.nextAttemptAt(), e.lastError(), e.createdAt(), ruleVersion);
        }
    }

    record ErrorView(long id, String level, String connectionId, Long twinId, Long eventId, String message,
                     String scriptName, Integer scriptLine, String stackTrace, Instant firstSeen, Instant lastSeen,
                     int occurrences, String status) {
        static ErrorView of(SyncError e) {
            return new ErrorView(e.id(), e.level().name(), e.connectionId(), e.twinId(), e.eventId(), e.message(),
                    e.scriptName(), e.scriptLine(), e.stackTrace(), e.firstSeen(), e.lastSeen(), e.occurrences(), e.status().name());
        }
    }
}
