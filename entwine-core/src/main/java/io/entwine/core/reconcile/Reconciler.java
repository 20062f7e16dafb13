package io.entwine.core.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.connector.ChangedEntity;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.errors.RateLimitedException;
import io.entwine.api.errors.SyncException;
import io.entwine.api.replica.HubIssue;
import io.entwine.core.TwinContext;
import io.entwine.core.detect.ChangeIntake;
import io.entwine.core.detect.ChangeSource;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.rules.RuleBook;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.diff.ReplicaDiff;
import io.entwine.script.OutgoingInput;
import io.entwine.script.RuleEngine;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reconciliation sweep over every active connection's twins, a page at a time: each twin with a local entity and
 * a last-sent replica is read from the tracker and run through the connection's outgoing rules; when that replica
 * differs from the last sent one (a missed webhook), a local-change event is queued, which sends it the usual way; when
 * the entity is gone (a missed deletion), a {@link ChangedEntity} with {@code deleted=true} goes into the
 * {@link ChangeIntake}, as a deletion webhook would. Twins with a local change or an apply waiting are skipped (that
 * event reads the entity anyway). A healthy twin costs the connector's read and nothing else: no event, no write.
 *
 * <p>Rate-limit friendly: the sweep runs on one thread; a {@link RateLimitedException} stops it and the next sweep
 * resumes at the same twin. Thread-safe: sweeps are serialized. Blocking (tracker reads).
 */
public final class Reconciler {
    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final Database database;
    private final TrackerConnector connector;
    private final RuleEngine engine;
    private final RuleBook rules;
    private final TwinContext context;
    private final ChangeIntake intake;
    private final Clock clock;
    private final Runnable wake;
    private final int pageSize;
    /** Connection id -> last twin id handled by a sweep that stopped early. */
    private final Map<String, Long> resumeAfter = new HashMap<>();

    public Reconciler(Database database, TrackerConnector connector, RuleEngine engine, RuleBook rules, TwinContext context,
                      ChangeIntake intake, Clock clock, Runnable wake, int pageSize) {
        this.database = database;
        this.connector = connector;
        this.engine = engine;
        this.rules = rules;
        this.context = context;
        this.intake = intake;
        this.clock = clock;
        this.wake = wake;
        this.pageSize = Math.max(1, pageSize);
    }

    /** Sweeps every active or paused connection once; see the class. */
    public synchronized ReconcileReport sweep() {
        Tally tally = new Tally();
        List<Connection> connections = database.inTransaction(tx -> tx.connections().list()).stream()
                .filter(c -> c.status() == ConnectionStatus.ACTIVE || c.status() == ConnectionStatus.PAUSED).toList();
        for (Connection connection : connections) {
            long after = resumeAfter.getOrDefault(connection.id(), 0L);
            while (true) {
                long from = after;
                List<Twin> page = database.inTransaction(tx -> tx.twins().list(connection.id(), pageSize, from));
                if (page.isEmpty()) break;
                for (Twin twin : page) {
                    try {
                        check(connection, twin, tally);
                    } catch (RateLimitedException limited) {
                        resumeAfter.put(connection.id(), after);
                        log.info("reconciliation stopped by the tracker's rate limit at twin {}; the next sweep resumes there", twin.id());
                        return tally.report(false, limited.getMessage());
                    }
                    after = twin.id();
                }
            }
            resumeAfter.remove(connection.id());
        }
        if (tally.drifted > 0) wake.run();
        ReconcileReport report = tally.report(true, null);
        log.info("reconciliation: {}", report);
        return report;
    }

    private void check(Connection connection, Twin twin, Tally tally) {
        if (twin.state() != TwinState.ACTIVE || twin.localKey() == null || twin.lastSentReplica() == null || busy(twin)) {
            tally.skipped++;
            return;
        }
        HubIssue entity;
        try {
            entity = connector.read(twin.localKey());
        } catch (EntityNotFoundException gone) {
            tally.checked++;
            tally.deleted++;
            log.info("reconciliation: {} is gone from the tracker; reporting it as deleted", twin.localKey());
            intake.accept(List.of(new ChangedEntity(twin.localKey(), null, true, null)), ChangeSource.POLL);
            return;
        } catch (RateLimitedException limited) {
            throw limited;
        } catch (SyncException unreadable) {
            tally.failed++;
            log.warn("reconciliation could not read {}: {}", twin.localKey(), unreadable.getMessage());
            return;
        }
        tally.checked++;
        HubIssue replica = engine.runOutgoing(rules.outgoing(connection.id()).compiled(),
                new OutgoingInput(entity, context.services(connection))).replica();
        if (replica.isEmpty()) return;
        JsonNode current = ReplicaCodec.toJson(replica);
        Set<String> changed = ReplicaDiff.changedProperties(MessageCodec.tree(twin.lastSentReplica()), current);
        if (changed.isEmpty()) return;
        log.info("reconciliation: {} drifted from what was last sent ({}); queueing a local change", twin.localKey(), changed);
        boolean queued = database.inTransaction(tx -> {
            if (tx.queue().hasPending(twin.id(), EventKind.LOCAL_CHANGE)) return false;
            tx.queue().enqueue(new NewEvent(connection.id(), twin.id(), EventKind.LOCAL_CHANGE,
                    MessageCodec.write(Map.of("key", twin.localKey(), "source", ChangeSource.POLL.name())), null, clock.instant()));
            return true;
        });
        if (queued) tally.drifted++;
    }

    /** A waiting local change or apply reads the entity itself; checking now would only race it. */
    private boolean busy(Twin twin) {
        return database.inTransaction(tx -> tx.queue().hasPending(twin.id(), EventKind.LOCAL_CHANGE)
                || tx.queue().hasPending(twin.id(), EventKind.APPLY));
    }

    private static final class Tally {
        int checked;
        int drifted;
        int deleted;
        int failed;
        int skipped;

        ReconcileReport report(boolean complete, String stoppedBecause) {
            return new ReconcileReport(checked, drifted, deleted, failed, skipped, complete, stoppedBecause);
        }
    }
}
