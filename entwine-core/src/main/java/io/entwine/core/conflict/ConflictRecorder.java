package io.entwine.core.conflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.entwine.api.replica.HubIssue;
import io.entwine.model.diff.FieldConflict;
import io.entwine.model.diff.MergeResult;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.conflict.FieldConflictRecord;
import io.entwine.store.twin.Twin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The apply step's side of conflicts: applies the connection's {@link ConflictPolicy} to a merge (fields blocked by an
 * open conflict of the twin stay local), records every conflict found with how it was settled, and keeps the latest
 * remote value on open ones. Thread-safe (stateless beyond the database); blocking SQL.
 *
 * <p>{@link ConflictPolicy#NEWEST_WINS} compares the received replica's tracker timestamp with the time the twin's local
 * entity last changed as detected ({@code lastLocalUpdate}): an entity-level approximation of "when each side edited".
 */
public final class ConflictRecorder {
    private static final Logger log = LoggerFactory.getLogger(ConflictRecorder.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final Database database;
    private final Clock clock;

    public ConflictRecorder(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What to write, and whether this side kept its own value somewhere (then it sends its state again). */
    public record Settled(HubIssue target, boolean keptLocal) {
    }

    /** @param peerPolicy the sender's policy as its message says, or null when it does not say */
    public Settled settle(Twin twin, Connection connection, HubIssue local, MergeResult merge, Instant remoteTime,
                          ConflictPolicy peerPolicy) {
        ConflictPolicy policy = ConflictPolicy.effective(ConflictPolicy.of(connection.configJson()), peerPolicy,
                connection.role() == ConnectionRole.INVITER);
        List<FieldConflictRecord> open = database.inTransaction(tx -> tx.conflicts().openFor(twin.id()));
        Map<String, FieldConflictRecord> blocked = new HashMap<>();
        for (FieldConflictRecord c : open) blocked.put(c.field(), c);
        if (merge.conflicts().isEmpty() && blocked.isEmpty()) return new Settled(merge.merged(), false);
        Resolution resolution = ConflictResolver.resolve(policy, local, merge, field -> twin.lastLocalUpdate(), remoteTime, blocked.keySet());
        Instant now = clock.instant();
        database.useTransaction(tx -> {
            for (FieldConflict c : merge.conflicts()) {
                FieldConflictRecord raised = blocked.get(c.field());
                if (raised != null) tx.conflicts().updateRemoteValue(raised.id(), text(c.remoteValue()));
            }
            for (ConflictDecision d : resolution.decisions()) {
                FieldConflict c = d.conflict();
                tx.conflicts().record(connection.id(), twin.id(), c.field(), text(c.localValue()), text(c.baseValue()),
                        text(c.remoteValue()), policy.name(), d.outcome().name(), d.outcome() == ConflictOutcome.RAISED, now);
                log.info("{}: both sides changed '{}' (local {}, remote {}); {} by policy {}", twin.localKey(), c.field(),
                        text(c.localValue()), text(c.remoteValue()), d.outcome(), policy);
            }
        });
        boolean keptLocal = resolution.decisions().stream().anyMatch(d -> d.outcome() == ConflictOutcome.LOCAL_KEPT);
        return new Settled(resolution.target(), keptLocal);
    }

    /** The local-change event that sends a twin's whole state again (its last-sent replica was cleared). */
    public static io.entwine.store.queue.NewEvent resend(String connectionId, long twinId, String localKey, Instant now) {
        return new io.entwine.store.queue.NewEvent(connectionId, twinId, io.entwine.store.queue.EventKind.LOCAL_CHANGE,
                io.entwine.core.protocol.MessageCodec.write(Map.of("key", localKey, "source", "POLL")), null, now);
    }

    static String text(Object value) {
        if (value == null) return null;
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
