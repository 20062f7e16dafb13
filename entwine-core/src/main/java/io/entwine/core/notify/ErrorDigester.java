package io.entwine.core.notify;

import io.entwine.store.Database;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.notification.DueCriteria;
import io.entwine.store.notification.DueGroup;
import io.entwine.store.notification.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The notification policy: what to tell admins and when. Each run reports, in one {@link Digest}, the open errors
 * admins were never told about (except INSTANCE-level ones, which the engine retries by itself, until they persist)
 * and the errors still open {@link NotifySettings#persistAfter()} after they were first seen (then again at most
 * once per {@link NotifySettings#remindEvery()}), grouped by level and connection with counts and a few examples,
 * so a storm of thousands of errors is one message. At most {@link NotifySettings#maxPerHour()} digests go out in
 * any hour; errors held back by the limit, or by a failed send, stay due and go into the next digest. Errors are
 * marked as told only after the {@link Notifier} returned, in the same transaction, so a crash in between repeats a
 * digest rather than losing one.
 *
 * <p>State lives in the database ({@link NotificationStore}), so restarts neither repeat nor forget notices, and
 * runs of several processes sharing a database follow each other. Thread-safe; {@link #digestNow()} blocks for the
 * database and the delivery.
 */
public final class ErrorDigester {
    private static final Logger log = LoggerFactory.getLogger(ErrorDigester.class);
    private static final Duration HOUR = Duration.ofHours(1);
    /** Most urgent first: a defect of the node, then a whole connection, one twin, and automatic retries last. */
    private static final Map<ErrorLevel, Integer> URGENCY =
            Map.of(ErrorLevel.NODE, 0, ErrorLevel.CONNECTION, 1, ErrorLevel.ENTITY, 2, ErrorLevel.INSTANCE, 3);

    private final Database database;
    private final Notifier notifier;
    private final NotifySettings settings;
    private final String nodeName;
    private final String nodeUrl;
    private final Clock clock;

    public ErrorDigester(Database database, Notifier notifier, NotifySettings settings, String nodeName, String nodeUrl,
                         Clock clock) {
        this.database = database;
        this.notifier = notifier;
        this.settings = settings;
        this.nodeName = nodeName;
        this.nodeUrl = nodeUrl;
        this.clock = clock;
    }

    /**
     * Sends the digest of the errors due now, unless none is due or the hourly limit is reached, and says which.
     *
     * @throws io.entwine.store.errors.StoreException when the database fails (nothing was sent then)
     */
    public DigestOutcome digestNow() {
        Instant now = clock.instant();
        DigestOutcome outcome = database.inTransaction(tx -> {
            NotificationStore store = tx.notifications();
            store.lockDigests();
            DueCriteria due = new DueCriteria(store.lastErrorId(), now.minus(settings.persistAfter()),
                    now.minus(settings.remindEvery()));
            List<DueGroup> groups = store.dueGroups(due);
            if (groups.isEmpty()) return DigestOutcome.nothingDue();
            long errors = groups.stream().mapToLong(DueGroup::errors).sum();
            List<Instant> sentThisHour = store.digestsSentAfter(now.minus(HOUR));
            if (sentThisHour.size() >= settings.maxPerHour()) {
                return DigestOutcome.rateLimited(errors, nextAllowed(sentThisHour));
            }
            List<Instant> withThisOne = new ArrayList<>(sentThisHour);
            withThisOne.add(now);
            Instant nextNotBefore = withThisOne.size() >= settings.maxPerHour() ? nextAllowed(withThisOne) : null;
            Digest digest = new Digest(nodeName, nodeUrl, now, assemble(store, due, groups), settings.maxPerHour(), nextNotBefore);
            try {
                notifier.send(digest);
            } catch (RuntimeException e) {
                return DigestOutcome.failed(errors, e.getMessage() == null ? e.getClass().getName() : e.getMessage());
            }
            store.markNotified(due, now);
            store.recordDigest(now, (int) Math.min(errors, Integer.MAX_VALUE));
            store.forgetDigestsSentUntil(now.minus(HOUR));
            return DigestOutcome.sent(errors);
        });
        report(outcome);
        return outcome;
    }

    /** When the oldest digest that keeps the last hour at the limit leaves the hour. */
    private Instant nextAllowed(List<Instant> sentThisHour) {
        return sentThisHour.get(sentThisHour.size() - settings.maxPerHour()).plus(HOUR);
    }

    private List<DigestGroup> assemble(NotificationStore store, DueCriteria due, List<DueGroup> groups) {
        return groups.stream()
                .sorted(Comparator.comparing((DueGroup g) -> URGENCY.get(g.level()))
                        .thenComparing(DueGroup::errors, Comparator.reverseOrder())
                        .thenComparing(g -> g.connectionName() == null ? "" : g.connectionName()))
                .map(g -> new DigestGroup(g.level(), g.connectionId(), g.connectionName(), g.errors(), g.newErrors(),
                        g.occurrences(), g.firstSeen(), g.lastSeen(),
                        store.dueErrors(due, g.level(), g.connectionId(), settings.examplesPerGroup())))
                .toList();
    }

    private void report(DigestOutcome outcome) {
        switch (outcome.kind()) {
            case SENT -> log.info("sent admins a digest of {} error(s)", outcome.errors());
            case RATE_LIMITED -> log.info("{} error(s) wait for the next digest: at most {} digests an hour, the next at {}",
                    outcome.errors(), settings.maxPerHour(), outcome.nextAllowedAt());
            case FAILED -> log.warn("could not send admins the digest of {} error(s): {}; they go into the next digest in {}",
                    outcome.errors(), outcome.failure(), settings.digestInterval());
            case NOTHING_DUE -> log.debug("no errors due for a digest");
        }
    }
}
