package io.entwine.core.actions;

import io.entwine.api.replica.HubIssue;
import io.entwine.core.NodeIdentity;
import io.entwine.core.TwinContext;
import io.entwine.core.incoming.AckHandler;
import io.entwine.core.incoming.ApplyHandler;
import io.entwine.core.incoming.CreationGuard;
import io.entwine.core.outgoing.LocalChangeHandler;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.protocol.ReplicaMessage;
import io.entwine.core.queue.ErrorClassifier;
import io.entwine.core.queue.EventHandler;
import io.entwine.core.queue.FailureRecorder;
import io.entwine.core.queue.RetryPolicy;
import io.entwine.core.queue.StepWorker;
import io.entwine.core.rules.RuleBook;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleEngineSettings;
import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errorlog.ErrorStatus;
import io.entwine.store.errorlog.SyncError;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.queue.SyncEvent;
import io.entwine.store.rule.Direction;
import io.entwine.store.twin.Twin;
import io.entwine.testkit.ManualClock;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One node's engine over an in-memory tracker and an H2 database, with the given rules, driven event by event on
 * the test's thread ({@link StepWorker}).
 */
final class EngineHarness implements AutoCloseable {
    static final String CONNECTION = "c1";

    final ManualClock clock = new ManualClock();
    final MemoryTracker tracker = new MemoryTracker();
    final Database db;
    final RuleBook rules;
    final StepWorker worker;

    EngineHarness(String incoming, String outgoing) {
        db = Database.open(DatabaseConfig.h2Memory("actions-" + UUID.randomUUID()), clock);
        db.useTransaction(tx -> tx.connections().insert(new Connection(CONNECTION, "to-peer", "peer", null, null,
                ConnectionRole.INVITER, ConnectionStatus.ACTIVE, null, clock.instant(), clock.instant())));
        RuleEngine engine = new RuleEngine(RuleEngineSettings.defaults());
        rules = new RuleBook(db, engine, clock, Duration.ofMinutes(1));
        rules.publish(CONNECTION, Direction.INCOMING, incoming);
        rules.publish(CONNECTION, Direction.OUTGOING, outgoing);
        TwinContext context = new TwinContext(db, tracker, new NodeIdentity("here", "http://here.invalid", "memory"));
        Map<EventKind, EventHandler> handlers = new EnumMap<>(EventKind.class);
        Runnable wake = () -> { };
        handlers.put(EventKind.APPLY, new ApplyHandler(db, tracker, engine, rules, context, new CreationGuard(), null, clock, wake));
        handlers.put(EventKind.LOCAL_CHANGE, new LocalChangeHandler(db, tracker, engine, rules, context, clock, wake));
        handlers.put(EventKind.ACK_APPLY, new AckHandler(db, context));
        FailureRecorder failures = new FailureRecorder(db, new ErrorClassifier(clock, RetryPolicy.defaults()), clock);
        worker = new StepWorker(db, handlers, failures, clock);
    }

    /** A replica arrives from the peer for its entity {@code remoteKey}; returns the twin's id. */
    long receive(String remoteKey, HubIssue replica) {
        String payload = MessageCodec.write(new ReplicaMessage(remoteKey, "http://peer.invalid/" + remoteKey, ReplicaCodec.toJson(replica)));
        return db.inTransaction(tx -> {
            Twin twin = tx.twins().getOrCreateByRemoteKey(CONNECTION, remoteKey, clock.instant());
            tx.queue().enqueue(new NewEvent(CONNECTION, twin.id(), EventKind.APPLY, payload, UUID.randomUUID().toString(), clock.instant()));
            return twin.id();
        });
    }

    /** The local entity {@code localKey} changed (as change detection reports it); returns the twin's id. */
    long localChange(String localKey) {
        return db.inTransaction(tx -> {
            Twin twin = tx.twins().getOrCreateByLocalKey(CONNECTION, localKey, clock.instant());
            tx.queue().enqueue(NewEvent.of(CONNECTION, twin.id(), EventKind.LOCAL_CHANGE, MessageCodec.write(Map.of("key", localKey))));
            return twin.id();
        });
    }

    Twin twin(long id) {
        return db.inTransaction(tx -> tx.twins().find(id)).orElseThrow();
    }

    java.util.Optional<Twin> twinOfLocal(String localKey) {
        return db.inTransaction(tx -> tx.twins().findByLocalKey(CONNECTION, localKey));
    }

    List<SyncEvent> lane(long twinId) {
        return db.inTransaction(tx -> tx.queue().forTwin(twinId));
    }

    List<SyncError> errors(ErrorStatus status) {
        return db.inTransaction(tx -> tx.errors().list(status, 100));
    }

    static HubIssue replica(String key, String summary) {
        HubIssue r = new HubIssue();
        r.setKey(key);
        r.setId("id-" + key);
        r.setSummary(summary);
        return r;
    }

    @Override
    public void close() {
        db.close();
    }
}
