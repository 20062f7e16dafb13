package io.entwine.core.incoming;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubProject;
import io.entwine.core.TwinContext;
import io.entwine.core.attachments.AttachmentTransfer;
import io.entwine.core.actions.ActionExecutor;
import io.entwine.core.actions.ParentGate;
import io.entwine.core.actions.RunServices;
import io.entwine.core.actions.TrackerEntityStore;
import io.entwine.core.lifecycle.InactiveTwins;
import io.entwine.core.conflict.ConflictRecorder;
import io.entwine.core.protocol.AckMessage;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.protocol.ReplicaMessage;
import io.entwine.core.queue.ClaimedEvent;
import io.entwine.core.queue.EventHandler;
import io.entwine.core.rules.ActiveRule;
import io.entwine.core.rules.RuleBook;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.diff.FieldMerge;
import io.entwine.model.diff.MergeResult;
import io.entwine.script.CompiledRule;
import io.entwine.script.IncomingInput;
import io.entwine.script.IncomingResult;
import io.entwine.script.OutgoingInput;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleServices;
import io.entwine.script.SubObjectTraces;
import io.entwine.script.actions.RunActions;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.twin.Twin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * APPLY: a received replica becomes tracker writes.
 *
 * <p>Field-level merge: the incoming rules run twice on copies of the local entity, once with the received
 * replica and once with the previous one. A field whose result is the same both times was not changed by
 * the remote side, so the local value stays — this is what lets concurrent edits of different fields on
 * the two sides both survive, whatever the rules map. Only the difference between the local entity and
 * the merged result is written. The baseline for echo suppression is the outgoing rules' replica of the
 * state the sync wrote, stored as "last sent" and returned in the ack as the peer's "previous".
 *
 * <p>Script actions ({@link io.entwine.core.actions}): only the run on the received replica may act — its
 * {@code store(issue)} writes, its recorded actions are carried out after the writes; the run on the previous
 * replica is side-effect free. A replica whose parent is not synced yet waits ({@link ParentGate}). When the rules
 * ask to sync back, the written state is not taken as the baseline, so it travels back to the peer.
 */
public final class ApplyHandler implements EventHandler {
    private static final Logger log = LoggerFactory.getLogger(ApplyHandler.class);

    private final Database database;
    private final TrackerConnector connector;
    private final RuleEngine engine;
    private final RuleBook rules;
    private final TwinContext context;
    private final TrackerWriter writer;
    private final ConflictRecorder conflicts;
    private final String defaultProject;
    private final Clock clock;
    private final Runnable wake;
    private final CreationGuard creations;
    private final RunServices runServices;
    private final ActionExecutor actions;
    private final ParentGate parents;

    public ApplyHandler(Database database, TrackerConnector connector, RuleEngine engine, RuleBook rules, TwinContext context,
                        CreationGuard creations, String defaultProject, Clock clock, Runnable wake) {
        this(database, connector, engine, rules, context, creations, defaultProject, clock, wake, null);
    }

    /** With the attachment transfer that uploads the other side's attachments (null: attachments are not written). */
    public ApplyHandler(Database database, TrackerConnector connector, RuleEngine engine, RuleBook rules, TwinContext context,
                        CreationGuard creations, String defaultProject, Clock clock, Runnable wake, AttachmentTransfer attachments) {
        this.database = database;
        this.connector = connector;
        this.engine = engine;
        this.rules = rules;
        this.context = context;
        this.writer = new TrackerWriter(database, connector, creations, attachments);
        this.conflicts = new ConflictRecorder(database, clock);
        this.defaultProject = defaultProject;
        this.clock = clock;
        this.wake = wake;
        this.creations = creations;
        this.runServices = new RunServices(database);
        this.actions = new ActionExecutor(database, connector, clock);
        this.parents = new ParentGate(database, clock);
    }

    @Override
    public void handle(ClaimedEvent claimed) {
        Twin twin = context.twin(claimed.event().twinId());
        if (InactiveTwins.skipped(database, claimed, twin)) return;
        Connection connection = context.connection(claimed.event().connectionId());
        ReplicaMessage message = MessageCodec.read(claimed.event().payload(), ReplicaMessage.class);
        HubIssue replica = ReplicaCodec.fromJson(message.replica());
        parents.check(connection.id(), twin, replica, message.sourceKey());
        boolean hasPrevious = twin.lastReceivedReplica() != null;
        HubIssue previous = hasPrevious ? ReplicaCodec.fromJsonString(twin.lastReceivedReplica()) : new HubIssue();
        boolean firstSync = twin.localKey() == null;
        HubIssue local = firstSync ? blankEntity() : connector.read(twin.localKey());
        SubObjectTraces traces = firstSync ? SubObjectTraces.NONE : runServices.traces(twin.id());
        ActiveRule incomingRule = rules.incoming(connection.id());
        CompiledRule incoming = incomingRule.compiled();
        database.useTransaction(tx -> tx.queue().recordRuleVersion(claimed.event().id(), incomingRule.version()));
        RuleServices services = context.services(connection);
        TrackerEntityStore store = new TrackerEntityStore(database, connector, creations, twin.id(), twin.localKey(), local);

        IncomingResult withReplica = engine.runIncoming(incoming, new IncomingInput(replica, previous, local.copy(),
                firstSync, message.sourceUrl(), traces, RunServices.withStore(services, store, local)));
        RunActions requested = withReplica.actions();
        if (firstSync && requested.connectTo() != null && !store.stored()) {
            actions.connect(connection.id(), twin, requested.connectTo());
            handle(claimed); // applied again, now to the entity it connected to
            return;
        }
        if (withReplica.skipped()) {
            log.info("incoming rules declined to create an entity for remote {}", message.sourceKey());
            database.useTransaction(tx -> {
                tx.twins().setLastReceived(twin.id(), ReplicaCodec.toJsonString(replica));
                claimed.complete(tx);
            });
            return;
        }
        HubIssue target = withReplica.issue();
        boolean keptLocal = false;
        if (!firstSync && hasPrevious) {
            IncomingResult withPrevious = engine.runIncoming(incoming, new IncomingInput(previous, previous, local.copy(),
                    false, message.sourceUrl(), traces, RunServices.sideEffectFree(services, local, connector)));
            MergeResult merge = FieldMerge.merge(local, withPrevious.issue(), withReplica.issue());
            ConflictRecorder.Settled settled = conflicts.settle(twin, connection, local, merge, replica.getUpdated(),
                    io.entwine.core.conflict.ConflictPolicy.ofMessage(message.conflictPolicy()));
            target = settled.target();
            keptLocal = settled.keptLocal();
        }

        boolean retried = claimed.event().attempts() > 1;
        WriteResult result = store.stored()
                ? writer.write(context.twin(twin.id()), store.written(), target, false, retried)
                : writer.write(twin, local, target, firstSync, retried);
        String localKey = result.written().getKey() != null ? result.written().getKey() : context.twin(twin.id()).localKey();
        HubIssue written = actions.transitions(claimed.event().id(), localKey, requested.transitions(), result.written());
        if (written.getKey() == null) written.setKey(localKey);
        if (firstSync && store.stored()) {
            // created by store(issue): the tracker recorded our account as its reporter and creator
            if (written.getReporter() == null) written.setReporter(store.written().getReporter());
            if (written.getCreator() == null) written.setCreator(store.written().getCreator());
        }
        CompiledRule outgoing = rules.outgoing(connection.id()).compiled();
        ObjectNode writtenReplica = ReplicaCodec.toJson(engine.runOutgoing(outgoing, new OutgoingInput(written, services)).replica());
        ObjectNode beforeReplica = ReplicaCodec.toJson(engine.runOutgoing(outgoing, new OutgoingInput(local, services)).replica());
        ObjectNode baselineTree = Baseline.merge(twin.lastSentReplica() == null ? null : MessageCodec.tree(twin.lastSentReplica()),
                beforeReplica, writtenReplica);
        String baselineJson = ReplicaCodec.toJsonString(baselineTree);
        String url = written.getUrl() != null ? written.getUrl() : connector.browseUrl(localKey);
        // syncing back: what was written is not a baseline on either side, so it travels to the peer as a change
        boolean syncBack = requested.syncBack();
        AckMessage ack = new AckMessage(message.sourceKey(), localKey, url, syncBack ? null : baselineTree, AckTraces.of(replica.getComments(), traces.comments(), result.newTraces()),
                result.attachmentTraces());
        boolean resend = keptLocal;
        database.useTransaction(tx -> {
            tx.twins().setRemote(twin.id(), message.sourceKey(), message.sourceUrl());
            tx.twins().setLastReceived(twin.id(), ReplicaCodec.toJsonString(replica));
            // a side that kept its own value in a conflict sends its whole state again, so the peer learns the decision
            if (!syncBack) tx.twins().setLastSent(twin.id(), resend ? null : baselineJson);
            if (replica.getId() != null) tx.actions().recordRemoteId(connection.id(), twin.id(), replica.getId());
            tx.actions().clearWaits(twin.id());
            ParentGate.release(tx, connection.id(), java.util.Arrays.asList(message.sourceKey(), replica.getId()));
            List<NewEvent> followUps = new ArrayList<>();
            followUps.add(new NewEvent(connection.id(), twin.id(), EventKind.ACK_SEND,
                    MessageCodec.write(ack), UUID.randomUUID().toString(), clock.instant()));
            if (resend) followUps.add(ConflictRecorder.resend(connection.id(), twin.id(), localKey, clock.instant()));
            followUps.addAll(actions.afterApply(tx, connection.id(), twin.id(), localKey, requested));
            claimed.complete(tx, followUps);
        });
        log.debug("{} {} from remote {} ({} tracker writes)", firstSync ? "created" : "updated", localKey,
                message.sourceKey(), result.trackerWrites());
        wake.run();
    }

    private HubIssue blankEntity() {
        HubIssue blank = new HubIssue();
        if (defaultProject != null) blank.setProject(new HubProject(defaultProject, null));
        return blank;
    }
}
