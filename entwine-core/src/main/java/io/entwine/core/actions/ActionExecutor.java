package io.entwine.core.actions;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubIssue;
import io.entwine.core.lifecycle.TwinLifecycle;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.script.actions.EntityKey;
import io.entwine.script.actions.RunActions;
import io.entwine.script.actions.Trace;
import io.entwine.script.actions.TransitionRequest;
import io.entwine.store.Database;
import io.entwine.store.StoreTx;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.trace.TraceKind;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries out the actions a run recorded, once per event. Tracker calls ({@link #transitions}) record each step as
 * done right after it, so a retried event skips what already happened; everything else ({@link #afterApply},
 * {@link #afterOutgoing}) happens in the transaction that completes the event, so it happens exactly when the
 * event completes. Order: sync back, stop syncing, bring other entities under sync, traces; connecting to an
 * existing entity ({@link #connect}) and transitions come before, since they shape what is written.
 *
 * <p>Thread-safe; blocking on the database and, for transitions and connect, on the tracker.
 */
public final class ActionExecutor {
    private static final Logger log = LoggerFactory.getLogger(ActionExecutor.class);
    /** Payload flag of a LOCAL_CHANGE queued by {@code syncBackAfterProcessing}: it runs even if the twin stops syncing. */
    public static final String SYNC_BACK = "syncBack";
    static final String THEN_UNSYNC = "thenUnsync";

    private final Database database;
    private final TrackerConnector connector;
    private final Clock clock;

    public ActionExecutor(Database database, TrackerConnector connector, Clock clock) {
        this.database = database;
        this.connector = connector;
        this.clock = clock;
    }

    /**
     * Runs the requested workflow transitions on the local entity, in order, each once per event; returns the
     * written entity with the status they led to (read back, since a transition name does not say its target).
     */
    public HubIssue transitions(long eventId, String localKey, List<TransitionRequest> requests, HubIssue written) {
        if (requests.isEmpty()) return written;
        for (int i = 0; i < requests.size(); i++) {
            String name = requests.get(i).transition();
            String step = "transition:" + i + ":" + name;
            if (database.inTransaction(tx -> tx.actions().stepDone(eventId, step))) continue;
            connector.transition(localKey, name);
            database.useTransaction(tx -> tx.actions().markStepDone(eventId, step, clock.instant()));
            log.debug("{}: workflow transition '{}' done for event {}", localKey, name, eventId);
        }
        HubIssue after = written.copy();
        after.setStatus(connector.read(localKey).getStatus());
        return after;
    }

    /**
     * Connects the twin to an existing local entity instead of creating one (an incoming run on first sync returned
     * its key). Idempotent: connecting a twin to the entity it already has changes nothing.
     *
     * @throws EntityException when the entity does not exist or is already twinned with another remote entity
     */
    public void connect(String connectionId, Twin twin, EntityKey target) {
        String key = target.keyOrId();
        if (key == null) throw new EntityException("connect remote " + twin.remoteKey() + " to an existing entity: the rules returned no key");
        try {
            connector.read(key);
        } catch (EntityNotFoundException gone) {
            throw new EntityException("connect remote " + twin.remoteKey() + " to " + key + ": no such entity in the local tracker");
        }
        database.useTransaction(tx -> {
            Optional<Twin> taken = tx.twins().findByLocalKey(connectionId, key);
            if (taken.isPresent() && taken.get().id() != twin.id()) {
                Twin other = taken.get();
                if (other.remoteKey() != null || other.lastSentReplica() != null) {
                    throw new EntityException("connect remote " + twin.remoteKey() + " to " + key + ": " + key
                            + " is already twinned on this connection" + (other.remoteKey() == null ? "" : " with remote " + other.remoteKey()));
                }
                // a twin change detection made and never sent: the connection takes its place
                tx.twins().setState(other.id(), TwinState.UNSYNCED);
                tx.twins().setLocalKey(other.id(), null);
            }
            tx.twins().setLocalKey(twin.id(), key);
        });
        log.info("remote {} connected to existing {}", twin.remoteKey(), key);
    }

    /**
     * In the transaction completing an apply: queues the sync back, stops syncing, brings other entities under sync
     * and records traces; returns the events to enqueue after the ack.
     */
    public List<NewEvent> afterApply(StoreTx tx, String connectionId, long twinId, String localKey, RunActions actions) {
        List<NewEvent> events = new ArrayList<>();
        Instant now = clock.instant();
        if (actions.syncBack() && !tx.queue().hasPending(twinId, EventKind.LOCAL_CHANGE)) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("key", localKey);
            payload.put("source", "RULES");
            payload.put(SYNC_BACK, true);
            // stopping as well: the peer is told after the synced-back replica, or it would drop that replica
            if (actions.unsync()) payload.put(THEN_UNSYNC, true);
            events.add(new NewEvent(connectionId, twinId, EventKind.LOCAL_CHANGE, MessageCodec.write(payload), null, now));
        }
        unsync(tx, twinId, localKey, actions, actions.syncBack() ? new ArrayList<>() : events, now);
        events.addAll(exalate(tx, connectionId, twinId, actions.exalate(), now));
        for (Trace trace : actions.traces()) record(tx, twinId, trace);
        return events;
    }

    /** In the transaction completing an outgoing run: stops syncing and brings other entities under sync. */
    public List<NewEvent> afterOutgoing(StoreTx tx, String connectionId, long twinId, String localKey, RunActions actions) {
        if (actions.syncBack()) log.debug("{}: syncBackAfterProcessing in outgoing rules has no effect", localKey);
        List<NewEvent> events = new ArrayList<>();
        unsync(tx, twinId, localKey, actions, events, clock.instant());
        events.addAll(exalate(tx, connectionId, twinId, actions.exalate(), clock.instant()));
        return events;
    }

    /**
     * For a LOCAL_CHANGE queued by {@code syncBackAfterProcessing} in a run that also stopped syncing: the notice
     * telling the peer, to follow the synced-back replica; otherwise nothing.
     */
    public List<NewEvent> afterSyncBack(StoreTx tx, long twinId, String payload) {
        if (!unsyncAfterSyncBack(payload)) return List.of();
        return tx.twins().find(twinId).map(twin -> TwinLifecycle.unsyncNotice(twin, clock.instant()))
                .map(List::of).orElse(List.of());
    }

    /** True when a LOCAL_CHANGE payload was queued by a sync back whose run also stopped syncing. */
    public static boolean unsyncAfterSyncBack(String payload) {
        return payload != null && !payload.isBlank() && MessageCodec.tree(payload).path(THEN_UNSYNC).asBoolean(false);
    }

    /** True when a LOCAL_CHANGE payload was queued by {@code syncBackAfterProcessing}. */
    public static boolean isSyncBack(String payload) {
        if (payload == null || payload.isBlank()) return false;
        return MessageCodec.tree(payload).path(SYNC_BACK).asBoolean(false);
    }

    /** Stops syncing the twin here and tells the peer, as an admin's unsync does. */
    private static void unsync(StoreTx tx, long twinId, String localKey, RunActions actions, List<NewEvent> events, Instant now) {
        if (!actions.unsync()) return;
        tx.twins().setState(twinId, TwinState.UNSYNCED);
        tx.twins().find(twinId).map(twin -> TwinLifecycle.unsyncNotice(twin, now)).ifPresent(events::add);
        log.info("{}: rules stopped syncing this twin (unExalateAfterProcessing)", localKey);
    }

    /** Twins (and first LOCAL_CHANGEs) for local entities not under sync yet; those already synced are left alone. */
    private static List<NewEvent> exalate(StoreTx tx, String connectionId, long selfId, List<String> keys, Instant now) {
        List<NewEvent> events = new ArrayList<>();
        for (String key : keys) {
            Twin twin = tx.twins().getOrCreateByLocalKey(connectionId, key, now);
            if (twin.id() == selfId) continue;
            if (twin.state() != TwinState.ACTIVE) {
                log.info("exalate({}): its twin is {}; an admin resumes it", key, twin.state());
                continue;
            }
            boolean underSync = twin.remoteKey() != null || twin.lastSentReplica() != null;
            if (underSync || tx.queue().hasPending(twin.id(), EventKind.LOCAL_CHANGE)) continue;
            events.add(new NewEvent(connectionId, twin.id(), EventKind.LOCAL_CHANGE,
                    MessageCodec.write(Map.of("key", key, "source", "RULES")), null, now));
            log.info("exalate({}): brought under sync", key);
        }
        return events;
    }

    private static void record(StoreTx tx, long twinId, Trace trace) {
        TraceKind kind = switch (trace.getType()) {
            case COMMENT -> TraceKind.COMMENT;
            case ATTACHMENT -> TraceKind.ATTACHMENT;
            case WORKLOG -> TraceKind.WORKLOG;
            case ISSUE_LINK -> null;
        };
        if (kind == null || trace.getLocalId() == null || trace.getRemoteId() == null) {
            log.debug("trace {} not recorded: links and incomplete traces are not kept", trace);
            return;
        }
        tx.traces().add(new io.entwine.store.trace.Trace(twinId, kind, trace.getLocalId(), trace.getRemoteId()));
    }
}
