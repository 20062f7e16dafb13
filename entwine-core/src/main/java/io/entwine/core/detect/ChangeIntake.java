package io.entwine.core.detect;

import io.entwine.api.connector.ChangedEntity;
import io.entwine.core.connection.ConnectionSettings;
import io.entwine.core.incoming.CreationGuard;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.store.StoreTx;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns change notices into local-change events, durably, before the webhook is answered or the polling
 * cursor moves on (nothing lost). One batch is one transaction (fast initial sync).
 *
 * <p>De-duplication: a twin that already has a pending local-change event gets no second one (the
 * event reads the entity's latest state anyway), and a notice no newer than the last one seen for the
 * entity is skipped ({@link #isSeen}): the polling overlap window reports the same change again.
 *
 * <p>A connection that does not sync everything ({@code syncAll} false) takes changes only of the entities already
 * under sync on it (brought there by rules: {@code syncHelper.exalate}, a connection to an existing entity).
 */
public final class ChangeIntake {
    private static final Logger log = LoggerFactory.getLogger(ChangeIntake.class);

    private final Database database;
    private final Clock clock;
    private final CreationGuard creations;
    private final Runnable wake;

    public ChangeIntake(Database database, CreationGuard creations, Clock clock, Runnable wake) {
        this.database = database;
        this.creations = creations;
        this.clock = clock;
        this.wake = wake;
    }

    /** Queues what needs processing; returns how many local-change events were queued. */
    public int accept(List<ChangedEntity> changes, ChangeSource source) {
        if (changes.isEmpty()) return 0;
        boolean allKnown = database.inTransaction(tx -> targets(tx).stream().filter(ChangeIntake::syncsAll).allMatch(c -> changes.stream()
                .allMatch(ch -> ch.deleted() || tx.twins().findByLocalKey(c.id(), ch.key()).isPresent())));
        int queued = allKnown
                ? database.inTransaction(tx -> queue(tx, changes, source))
                : creations.detectingNew(() -> database.inTransaction(tx -> queue(tx, changes, source)));
        if (queued > 0) wake.run();
        return queued;
    }

    /** True when some connection takes this node's changes. */
    public boolean hasTargets() {
        return database.inTransaction(tx -> !targets(tx).isEmpty());
    }

    private static List<Connection> targets(StoreTx tx) {
        return tx.connections().list().stream()
                .filter(c -> c.status() == ConnectionStatus.ACTIVE || c.status() == ConnectionStatus.PAUSED)
                .toList();
    }

    private static boolean syncsAll(Connection connection) {
        return ConnectionSettings.fromJson(connection.configJson()).syncAll();
    }

    private int queue(StoreTx tx, List<ChangedEntity> changes, ChangeSource source) {
        List<Connection> targets = targets(tx);
        if (targets.isEmpty()) return 0;
        Instant now = clock.instant();
        List<NewEvent> events = new ArrayList<>();
        for (ChangedEntity change : changes) {
            if (change.deleted()) {
                log.debug("entity {} was deleted in the tracker; deletion sync is not handled yet", change.key());
                continue;
            }
            for (Connection connection : targets) {
                Twin twin = syncsAll(connection) ? tx.twins().getOrCreateByLocalKey(connection.id(), change.key(), now)
                        : tx.twins().findByLocalKey(connection.id(), change.key()).orElse(null);
                if (twin == null) continue;
                if (twin.state() != TwinState.ACTIVE) continue;
                if (isSeen(twin.lastLocalUpdate(), change.updated(), source)) continue;
                if (change.updated() != null) tx.twins().setLastLocalUpdate(twin.id(), change.updated());
                if (tx.queue().hasPending(twin.id(), EventKind.LOCAL_CHANGE)) continue;
                events.add(new NewEvent(connection.id(), twin.id(), EventKind.LOCAL_CHANGE,
                        MessageCodec.write(Map.of("key", change.key(), "source", source.name())), null, now));
            }
        }
        if (!events.isEmpty()) tx.queue().enqueueAll(events);
        return events.size();
    }

    /**
     * Whether a notice reports nothing newer than what was already queued for the entity. A webhook is
     * skipped only when strictly older. A polling notice is skipped when older, or equal with sub-second
     * precision; an equal whole-second timestamp (GitHub) is not conclusive — a second change in the same
     * second would be lost if its webhook was — so it is queued again (the read finds no difference and
     * sends nothing).
     */
    static boolean isSeen(Instant lastSeen, Instant updated, ChangeSource source) {
        if (lastSeen == null || updated == null) return false;
        if (updated.isBefore(lastSeen)) return true;
        return source == ChangeSource.POLL && updated.equals(lastSeen) && updated.getNano() != 0;
    }
}
