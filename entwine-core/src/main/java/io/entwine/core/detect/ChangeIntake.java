package io.entwine.core.detect;

import io.entwine.api.connector.ChangedEntity;
import io.entwine.core.incoming.CreationGuard;
import io.entwine.core.lifecycle.LocalDeletions;
import io.entwine.core.trigger.Admission;
import io.entwine.core.trigger.SyncScope;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.store.StoreTx;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.NewEvent;
import io.entwine.store.twin.Twin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final SyncScope scope;

    public ChangeIntake(Database database, CreationGuard creations, Clock clock, Runnable wake) {
        this(database, creations, clock, wake, null);
    }

    /** With {@code scope} evaluating each connection's triggers for entities not twinned yet (null: no triggers). */
    public ChangeIntake(Database database, CreationGuard creations, Clock clock, Runnable wake, SyncScope scope) {
        this.database = database;
        this.creations = creations;
        this.clock = clock;
        this.wake = wake;
        this.scope = scope;
    }

    /** Queues what needs processing; returns how many local-change events were queued. */
    public int accept(List<ChangedEntity> changes, ChangeSource source) {
        if (changes.isEmpty()) return 0;
        Admission admission = scope == null ? Admission.byConnectionSettings()
                : scope.admission(changes, database.inTransaction(ChangeIntake::targets));
        boolean allKnown = database.inTransaction(tx -> targets(tx).stream().allMatch(c -> changes.stream()
                .allMatch(ch -> ch.deleted() || tx.twins().findByLocalKey(c.id(), ch.key()).isPresent())));
        int queued = allKnown
                ? database.inTransaction(tx -> queue(tx, changes, source, admission))
                : creations.detectingNew(() -> database.inTransaction(tx -> queue(tx, changes, source, admission)));
        if (queued > 0) wake.run();
        return queued;
    }

    /** True when some connection takes this node's changes (which ones: its triggers or its syncAll setting decide). */
    public boolean hasTargets() {
        return database.inTransaction(tx -> !targets(tx).isEmpty());
    }

    private static List<Connection> targets(StoreTx tx) {
        return tx.connections().list().stream()
                .filter(c -> c.status() == ConnectionStatus.ACTIVE || c.status() == ConnectionStatus.PAUSED)
                .toList();
    }

    private int queue(StoreTx tx, List<ChangedEntity> changes, ChangeSource source, Admission admission) {
        List<Connection> targets = targets(tx);
        if (targets.isEmpty()) return 0;
        Instant now = clock.instant();
        List<NewEvent> events = new ArrayList<>();
        for (ChangedEntity change : changes) {
            if (change.deleted()) {
                for (Connection connection : targets) LocalDeletions.onDeleted(tx, connection.id(), change, now).ifPresent(events::add);
                continue;
            }
            for (Connection connection : targets) {
                Optional<Twin> known = tx.twins().findByLocalKey(connection.id(), change.key());
                if (known.isEmpty() && !admission.admits(connection, change.key())) continue;
                // a twin that no longer syncs still gets the event: its handler drops it visibly (skipped in the queue)
                Twin twin = known.orElseGet(() -> tx.twins().getOrCreateByLocalKey(connection.id(), change.key(), now));
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
