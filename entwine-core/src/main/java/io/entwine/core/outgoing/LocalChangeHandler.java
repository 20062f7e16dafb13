package io.entwine.core.outgoing;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubIssue;
import io.entwine.core.TwinContext;
import io.entwine.core.attachments.AttachmentSpool;
import io.entwine.core.actions.ActionExecutor;
import io.entwine.core.lifecycle.InactiveTwins;
import io.entwine.core.conflict.ConflictPolicy;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.protocol.ReplicaMessage;
import io.entwine.core.queue.ClaimedEvent;
import io.entwine.core.queue.EventHandler;
import io.entwine.core.rules.ActiveRule;
import io.entwine.core.rules.RuleBook;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.diff.ReplicaDiff;
import io.entwine.script.OutgoingInput;
import io.entwine.script.OutgoingResult;
import io.entwine.script.actions.RunActions;
import io.entwine.store.connection.Connection;
import io.entwine.script.RuleEngine;
import io.entwine.store.Database;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * LOCAL_CHANGE: read the entity, run the outgoing rules, diff against the last sent replica, and when
 * something changed store the new replica and its SEND event atomically. What the outgoing rules ask besides
 * the replica ({@code syncHelper.exalate(parentKey)}, {@code unExalateAfterProcessing()}) is carried out in the
 * transaction that completes the event ({@link ActionExecutor}). A change queued by the incoming rules'
 * {@code syncBackAfterProcessing()} still runs when those rules also stopped syncing the twin.
 */
public final class LocalChangeHandler implements EventHandler {
    private static final Logger log = LoggerFactory.getLogger(LocalChangeHandler.class);

    private final Database database;
    private final TrackerConnector connector;
    private final RuleEngine engine;
    private final RuleBook rules;
    private final TwinContext context;
    private final Clock clock;
    private final Runnable wake;
    private final AttachmentSpool attachments;
    private final ActionExecutor actions;

    public LocalChangeHandler(Database database, TrackerConnector connector, RuleEngine engine, RuleBook rules,
                              TwinContext context, Clock clock, Runnable wake) {
        this(database, connector, engine, rules, context, clock, wake, null);
    }

    /** With the spool that hashes the entity's attachments before the rules see them (null: hashes stay unknown). */
    public LocalChangeHandler(Database database, TrackerConnector connector, RuleEngine engine, RuleBook rules,
                              TwinContext context, Clock clock, Runnable wake, AttachmentSpool attachments) {
        this.attachments = attachments;
        this.database = database;
        this.connector = connector;
        this.engine = engine;
        this.rules = rules;
        this.context = context;
        this.clock = clock;
        this.wake = wake;
        this.actions = new ActionExecutor(database, connector, clock);
    }

    /**
     * The latest tracker timestamp this read is known to include. A whole-second timestamp (GitHub) read
     * at least {@link #SETTLED} later covers every change of that second, so the polling overlap need not
     * bring it again; otherwise the read covers exactly its own timestamp.
     */
    static Instant coveredThrough(Instant updated, Instant readAt) {
        if (updated == null) return null;
        if (updated.getNano() == 0 && !readAt.isBefore(updated.plus(SETTLED))) return updated.plusNanos(999_999_999);
        return updated;
    }

    /** How long after a whole second a read must happen to be sure no more changes carry that second (clock skew included). */
    static final Duration SETTLED = Duration.ofSeconds(3);

    @Override
    public void handle(ClaimedEvent claimed) {
        Twin twin = context.twin(claimed.event().twinId());
        // a sync back asked for by rules that also stopped syncing the twin still goes out once
        boolean syncBackOfUnsynced = twin.state() == TwinState.UNSYNCED && ActionExecutor.isSyncBack(claimed.event().payload());
        if ((!syncBackOfUnsynced && InactiveTwins.skipped(database, claimed, twin)) || twin.localKey() == null) return;
        HubIssue entity;
        try {
            entity = connector.read(twin.localKey());
        } catch (EntityNotFoundException e) {
            log.info("entity {} no longer exists in the tracker; nothing to send", twin.localKey());
            return;
        }
        Instant covered = coveredThrough(entity.getUpdated(), clock.instant());
        if (covered != null && (twin.lastLocalUpdate() == null || covered.isAfter(twin.lastLocalUpdate()))) {
            database.useTransaction(tx -> tx.twins().setLastLocalUpdate(twin.id(), covered));
        }
        var connection = context.connection(claimed.event().connectionId());
        if (attachments != null) attachments.prepare(connection.id(), entity);
        ActiveRule rule = rules.outgoing(connection.id());
        database.useTransaction(tx -> tx.queue().recordRuleVersion(claimed.event().id(), rule.version()));
        OutgoingResult out = engine.runOutgoing(rule.compiled(), new OutgoingInput(entity, context.services(connection)));
        HubIssue replica = out.replica();
        RunActions requested = out.actions();
        if (replica.isEmpty()) {
            log.debug("outgoing rules sent nothing for {}", twin.localKey());
            finishWithActions(claimed, connection, twin, requested);
            return;
        }
        JsonNode json = ReplicaCodec.toJson(replica);
        if (twin.lastSentReplica() != null) {
            Set<String> changed = ReplicaDiff.changedProperties(MessageCodec.tree(twin.lastSentReplica()), json);
            if (changed.isEmpty()) {
                log.debug("{}: replica unchanged since last sent; nothing to send", twin.localKey());
                finishWithActions(claimed, connection, twin, requested);
                return;
            }
            log.debug("{}: changed {}", twin.localKey(), changed);
        }
        String url = entity.getUrl() != null ? entity.getUrl() : connector.browseUrl(twin.localKey());
        String message = MessageCodec.write(new ReplicaMessage(twin.localKey(), url, json,
                ConflictPolicy.of(connection.configJson()).name()));
        String canonical = ReplicaCodec.toJsonString(replica);
        database.useTransaction(tx -> {
            tx.twins().setLastSent(twin.id(), canonical);
            List<NewEvent> followUps = new ArrayList<>();
            followUps.add(new NewEvent(connection.id(), twin.id(), EventKind.SEND, message, UUID.randomUUID().toString(), clock.instant()));
            followUps.addAll(actions.afterOutgoing(tx, connection.id(), twin.id(), twin.localKey(), requested));
            followUps.addAll(actions.afterSyncBack(tx, twin.id(), claimed.event().payload()));
            claimed.complete(tx, followUps);
        });
        wake.run();
    }

    private void finishWithActions(ClaimedEvent claimed, Connection connection, Twin twin, RunActions requested) {
        boolean unsyncNotice = ActionExecutor.unsyncAfterSyncBack(claimed.event().payload());
        if (requested.isEmpty() && !unsyncNotice) return;
        database.useTransaction(tx -> {
            List<NewEvent> followUps = new ArrayList<>(actions.afterOutgoing(tx, connection.id(), twin.id(), twin.localKey(), requested));
            followUps.addAll(actions.afterSyncBack(tx, twin.id(), claimed.event().payload()));
            claimed.complete(tx, followUps);
        });
        wake.run();
    }
}
