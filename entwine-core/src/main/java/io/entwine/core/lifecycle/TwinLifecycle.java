package io.entwine.core.lifecycle;

import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.errors.ConfigException;
import io.entwine.core.protocol.ConnectMessage;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.protocol.MessageTypes;
import io.entwine.core.protocol.TwinMessage;
import io.entwine.store.Database;
import io.entwine.store.StoreTx;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.twin.Twin;
import io.entwine.store.twin.TwinState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Admin operations on one twin, each on both sides: unsync (both stop), re-sync (both start again; this side sends
 * its full replica, and the twin keeps its keys so nothing is created twice) and connect (two existing entities
 * become a twin without creating either; this side's replica is the first exchange).
 *
 * <p>Each operation is one transaction: the state change and the message to the peer (queued in the twin's lane,
 * so it reaches the peer before any replica queued after it). Thread-safe; blocks on the database only.
 */
public final class TwinLifecycle {
    private static final Logger log = LoggerFactory.getLogger(TwinLifecycle.class);

    private final Database database;
    private final TrackerConnector connector;
    private final Clock clock;
    private final Runnable wake;

    public TwinLifecycle(Database database, TrackerConnector connector, Clock clock, Runnable wake) {
        this.database = database;
        this.connector = connector;
        this.clock = clock;
        this.wake = wake;
    }

    /**
     * Stops syncing an ACTIVE twin here and tells the peer to stop too; returns the twin as it is now.
     *
     * @throws LifecycleConflictException when the twin is not ACTIVE
     * @throws ConfigException when there is no such twin
     */
    public Twin unsync(long twinId) {
        Twin twin = database.inTransaction(tx -> {
            Twin current = existing(tx, twinId);
            if (current.state() != TwinState.ACTIVE) {
                throw new LifecycleConflictException("twin " + twinId + " is " + current.state() + "; only an ACTIVE twin can be unsynced");
            }
            tx.twins().setState(twinId, TwinState.UNSYNCED);
            NewEvent notice = unsyncNotice(current, clock.instant());
            if (notice != null) tx.queue().enqueue(notice);
            return existing(tx, twinId);
        });
        log.info("twin {} ({} <-> {}) unsynced", twinId, twin.localKey(), twin.remoteKey());
        wake.run();
        return twin;
    }

    /**
     * Syncs an UNSYNCED twin again, on both sides, starting with a full replica of the local entity.
     *
     * @throws LifecycleConflictException when the twin is not UNSYNCED (a deleted entity cannot come back this way)
     * @throws ConfigException when there is no such twin
     */
    public Twin resync(long twinId) {
        Twin twin = database.inTransaction(tx -> {
            Twin current = existing(tx, twinId);
            if (current.state() != TwinState.UNSYNCED) {
                throw new LifecycleConflictException("twin " + twinId + " is " + current.state() + "; only an UNSYNCED twin can be re-synced");
            }
            tx.twins().setState(twinId, TwinState.ACTIVE);
            tx.twins().setLastSent(twinId, null); // the next replica is sent whole
            List<NewEvent> events = new ArrayList<>();
            if (current.localKey() != null && current.remoteKey() != null) {
                events.add(send(current, MessageTypes.RESYNC, new TwinMessage(current.localKey())));
            }
            if (current.localKey() != null) events.add(localChange(current, "RESYNC"));
            tx.queue().enqueueAll(events);
            return existing(tx, twinId);
        });
        log.info("twin {} ({} <-> {}) re-synced", twinId, twin.localKey(), twin.remoteKey());
        wake.run();
        return twin;
    }

    /**
     * Links local entity {@code localKey} and the peer's {@code remoteKey} into a twin without creating either, tells
     * the peer, and queues the first exchange (this side's full replica). Connecting a pair that is already twinned
     * together changes nothing and returns that twin.
     *
     * @throws LifecycleConflictException when either key is already twinned with another entity on this connection
     */
    public Twin connect(String connectionId, String localKey, String remoteKey) {
        if (localKey == null || localKey.isBlank() || remoteKey == null || remoteKey.isBlank()) {
            throw new ConfigException("connect needs both a local and a remote key, got '" + localKey + "' and '" + remoteKey + "'");
        }
        Instant now = clock.instant();
        Twin twin = database.inTransaction(tx -> {
            Optional<Twin> byLocal = tx.twins().findByLocalKey(connectionId, localKey);
            Optional<Twin> byRemote = tx.twins().findByRemoteKey(connectionId, remoteKey);
            if (byLocal.isPresent() && remoteKey.equals(byLocal.get().remoteKey())) return byLocal.get();
            if (byLocal.isPresent() && byLocal.get().remoteKey() != null) {
                throw new LifecycleConflictException(localKey + " is already twinned with " + byLocal.get().remoteKey());
            }
            if (byRemote.isPresent()) {
                throw new LifecycleConflictException("remote " + remoteKey + " is already twinned with "
                        + (byRemote.get().localKey() == null ? "an entity not created yet" : byRemote.get().localKey()));
            }
            Twin created = byLocal.orElseGet(() -> tx.twins().getOrCreateByLocalKey(connectionId, localKey, now));
            if (created.state() != TwinState.ACTIVE) {
                throw new LifecycleConflictException("twin of " + localKey + " is " + created.state() + "; it cannot be connected");
            }
            tx.twins().setRemote(created.id(), remoteKey, null);
            Twin linked = existing(tx, created.id());
            tx.queue().enqueueAll(List.of(
                    send(linked, MessageTypes.CONNECT, new ConnectMessage(localKey, connector.browseUrl(localKey), remoteKey)),
                    localChange(linked, "CONNECT")));
            return linked;
        });
        log.info("connected {} with remote {} as twin {}", localKey, remoteKey, twin.id());
        wake.run();
        return twin;
    }

    private static Twin existing(StoreTx tx, long twinId) {
        return tx.twins().find(twinId).orElseThrow(() -> new ConfigException("no twin " + twinId + " on this node"));
    }

    private NewEvent send(Twin twin, String type, Object body) {
        return new NewEvent(twin.connectionId(), twin.id(), EventKind.LIFECYCLE_SEND, LifecycleMessage.payload(type, body),
                UUID.randomUUID().toString(), clock.instant());
    }

    /**
     * The message telling the peer that this side stopped syncing {@code twin} (an admin's unsync, or the rules'
     * {@code unExalateAfterProcessing()}), or null when the twin was never paired with a remote entity.
     */
    public static NewEvent unsyncNotice(Twin twin, java.time.Instant now) {
        if (twin.localKey() == null || twin.remoteKey() == null) return null;
        return new NewEvent(twin.connectionId(), twin.id(), EventKind.LIFECYCLE_SEND,
                LifecycleMessage.payload(MessageTypes.UNSYNC, new TwinMessage(twin.localKey())), UUID.randomUUID().toString(), now);
    }

    static NewEvent localChange(Twin twin, String source) {
        return new NewEvent(twin.connectionId(), twin.id(), EventKind.LOCAL_CHANGE,
                MessageCodec.write(Map.of("key", twin.localKey(), "source", source)), null, null);
    }
}
