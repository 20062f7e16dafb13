package io.entwine.core.conflict;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.replica.HubIssue;
import io.entwine.core.TwinContext;
import io.entwine.core.rules.RuleBook;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.diff.EntityChanges;
import io.entwine.model.diff.EntityDiff;
import io.entwine.script.IncomingInput;
import io.entwine.script.RuleEngine;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.conflict.FieldConflictRecord;
import io.entwine.store.twin.Twin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What admins do with conflicts: list them, and resolve an open (raised) one by keeping the local value or taking the
 * remote one. Resolving unblocks the field. "remote" writes the value the incoming rules map from the last received
 * replica onto the local entity, as a change the sync then sends like a human edit (the peer already holds it);
 * "local" sends this side's whole state again so a peer that kept its own value learns the decision.
 *
 * <p>Thread-safe; blocks on the database and, for "remote", on the tracker. Fails with the connector's errors (the
 * conflict then stays open).
 */
public final class ConflictAdmin {
    private static final Logger log = LoggerFactory.getLogger(ConflictAdmin.class);

    private static final com.fasterxml.jackson.databind.ObjectMapper POLICY_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Database database;
    private final TrackerConnector connector;
    private final RuleEngine engine;
    private final RuleBook rules;
    private final TwinContext context;
    private final Clock clock;
    private final Runnable wake;

    public ConflictAdmin(Database database, TrackerConnector connector, RuleEngine engine, RuleBook rules, TwinContext context,
                         Clock clock, Runnable wake) {
        this.database = database;
        this.connector = connector;
        this.engine = engine;
        this.rules = rules;
        this.context = context;
        this.clock = clock;
        this.wake = wake;
    }

    /** Conflicts by status ({@code OPEN}, {@code RESOLVED}, null: all), newest first, ids below {@code beforeId} (0: newest). */
    public List<FieldConflictRecord> list(String status, int limit, long beforeId) {
        String normal = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
        if (normal != null && !normal.equals(FieldConflictRecord.OPEN) && !normal.equals(FieldConflictRecord.RESOLVED)) {
            throw new ConfigException("conflict status must be OPEN or RESOLVED, got '" + status + "'");
        }
        return database.inTransaction(tx -> tx.conflicts().list(normal, limit, beforeId));
    }

    /** Sets the policy of connection {@code connectionId} (kept in its settings JSON); applies to conflicts found from now on. */
    public void setPolicy(String connectionId, ConflictPolicy policy) {
        database.useTransaction(tx -> {
            Connection connection = tx.connections().find(connectionId)
                    .orElseThrow(() -> new ConfigException("no connection '" + connectionId + "' on this node"));
            com.fasterxml.jackson.databind.node.ObjectNode settings;
            try {
                com.fasterxml.jackson.databind.JsonNode parsed = connection.configJson() == null || connection.configJson().isBlank()
                        ? null : POLICY_JSON.readTree(connection.configJson());
                settings = parsed instanceof com.fasterxml.jackson.databind.node.ObjectNode o ? o : POLICY_JSON.createObjectNode();
            } catch (java.io.IOException e) {
                throw new ConfigException("connection " + connectionId + " settings are not valid JSON: " + e.getMessage());
            }
            settings.put(ConflictPolicy.SETTING, policy.name());
            tx.connections().updateConfig(connectionId, settings.toString());
        });
        log.info("connection {} resolves conflicts by {}", connectionId, policy);
    }

    /** The policy connection {@code connectionId} resolves conflicts by. */
    public ConflictPolicy policy(String connectionId) {
        return ConflictPolicy.of(context.connection(connectionId).configJson());
    }

    public Optional<FieldConflictRecord> find(long id) {
        return database.inTransaction(tx -> tx.conflicts().find(id));
    }

    /**
     * Resolves open conflict {@code id}, keeping {@code local} or {@code remote}; returns it as resolved, or empty when
     * there is no such conflict. Throws {@code ConfigException} for another {@code keep} or a conflict not open.
     */
    public Optional<FieldConflictRecord> resolve(long id, String keep) {
        String choice = keep == null ? "" : keep.trim().toLowerCase(Locale.ROOT);
        if (!choice.equals("local") && !choice.equals("remote")) {
            throw new ConfigException("'keep' must be 'local' or 'remote', got '" + keep + "'");
        }
        Optional<FieldConflictRecord> found = find(id);
        if (found.isEmpty()) return found;
        FieldConflictRecord conflict = found.get();
        if (!conflict.isOpen()) throw new ConfigException("conflict " + id + " is not open (it was " + conflict.outcome() + ")");
        Twin twin = context.twin(conflict.twinId());
        if (choice.equals("remote")) writeRemoteValue(twin, context.connection(conflict.connectionId()), conflict.field());
        database.useTransaction(tx -> {
            if (!tx.conflicts().resolve(id, choice, clock.instant())) {
                throw new ConfigException("conflict " + id + " was resolved meanwhile");
            }
            if (choice.equals("local")) tx.twins().setLastSent(twin.id(), null);
            if (twin.localKey() != null) tx.queue().enqueue(ConflictRecorder.resend(twin.connectionId(), twin.id(), twin.localKey(), clock.instant()));
        });
        log.info("conflict {} on {} field '{}' resolved: keep {}", id, twin.localKey(), conflict.field(), choice);
        wake.run();
        return find(id);
    }

    private void writeRemoteValue(Twin twin, Connection connection, String field) {
        if (twin.localKey() == null || twin.lastReceivedReplica() == null) return;
        HubIssue local = connector.read(twin.localKey());
        HubIssue received = ReplicaCodec.fromJsonString(twin.lastReceivedReplica());
        HubIssue remote = engine.runIncoming(rules.incoming(connection.id()).compiled(), new IncomingInput(received, new HubIssue(),
                local.copy(), false, twin.remoteUrl(), Map.of(), context.services(connection))).issue();
        HubIssue target = local.copy();
        ConflictResolver.restoreLocal(target, remote, field);
        EntityChanges changes = EntityDiff.between(local, target);
        if (!changes.fields().isEmpty()) connector.update(twin.localKey(), changes.fields());
        if (changes.targetStatus() != null) connector.transition(twin.localKey(), changes.targetStatus());
    }
}
