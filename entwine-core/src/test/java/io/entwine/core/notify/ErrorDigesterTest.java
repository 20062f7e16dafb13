package io.entwine.core.notify;

import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.errorlog.NewError;
import io.entwine.store.notification.DueError;
import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ErrorDigesterTest {
    private static final NotifySettings SETTINGS = new NotifySettings(Duration.ofMinutes(5), Duration.ofHours(1),
            Duration.ofHours(24), 4, 5);

    private final ManualClock clock = new ManualClock();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private Database db;
    private String connection;

    @BeforeEach
    void openDatabase() {
        db = Database.open(DatabaseConfig.h2Memory("digest-" + UUID.randomUUID()), clock);
        connection = newConnection("jira-github");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void sendsOneDigestForANewErrorAndDoesNotRepeatIt() {
        record(ErrorLevel.ENTITY, 7L, "Jira refused field 'priority'");
        clock.advance(Duration.ofMinutes(5));

        DigestOutcome first = digester(SETTINGS).digestNow();
        DigestOutcome second = digester(SETTINGS).digestNow();

        assertThat(first.kind()).isEqualTo(DigestOutcome.Kind.SENT);
        assertThat(second.kind()).isEqualTo(DigestOutcome.Kind.NOTHING_DUE);
        Digest digest = notifier.single();
        assertThat(digest.nodeName()).isEqualTo("jira-node");
        assertThat(digest.nodeUrl()).isEqualTo("http://jira-node.example");
        assertThat(digest.summary()).isEqualTo("1 new error");
        assertThat(digest.groups()).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(ErrorLevel.ENTITY);
            assertThat(g.connectionName()).isEqualTo("jira-github");
            assertThat(g.examples()).extracting(DueError::message, DueError::eventId)
                    .containsExactly(tuple("Jira refused field 'priority'", 7L));
        });
        assertThat(digest.nextDigestNotBefore()).isNull();
    }

    @Test
    void sendsNothingWhenNoErrorIsDue() {
        DigestOutcome outcome = digester(SETTINGS).digestNow();

        assertThat(outcome.kind()).isEqualTo(DigestOutcome.Kind.NOTHING_DUE);
        assertThat(notifier.sent).isEmpty();
    }

    @Test
    void turnsAStormIntoOneDigestWithCountsAndTheTopExamples() throws SQLException {
        String other = newConnection("jira-gitlab");
        recordStorm(10_000, other);
        db.useTransaction(tx -> {
            for (int i = 0; i < 6; i++) {
                tx.errors().record(new NewError(ErrorLevel.ENTITY, connection, null, 20_000L, "refused again and again", null, null, null),
                        clock.instant());
            }
            tx.errors().record(new NewError(ErrorLevel.NODE, null, null, null, "defect", null, null, null), clock.instant());
        });

        DigestOutcome outcome = digester(SETTINGS).digestNow();

        assertThat(outcome).isEqualTo(new DigestOutcome(DigestOutcome.Kind.SENT, 10_002, null, null));
        Digest digest = notifier.single();
        assertThat(digest.errors()).isEqualTo(10_002);
        assertThat(digest.occurrences()).isEqualTo(10_007);
        assertThat(digest.summary()).isEqualTo("10002 new errors");
        assertThat(digest.groups()).extracting(DigestGroup::level, DigestGroup::connectionName, DigestGroup::errors,
                        DigestGroup::notShown)
                .as("most urgent first, then the largest")
                .containsExactly(
                        tuple(ErrorLevel.NODE, null, 1L, 0L),
                        tuple(ErrorLevel.ENTITY, "jira-github", 9_001L, 8_996L),
                        tuple(ErrorLevel.ENTITY, "jira-gitlab", 1_000L, 995L));
        assertThat(digest.groups().get(1).examples().get(0).message()).as("the most frequent example first").isEqualTo("refused again and again");
        assertThat(digest.groups().get(1).occurrences()).isEqualTo(9_006);
    }

    @Test
    void remindsOfAPersistingErrorAfterThePeriodAndNotBefore() {
        record(ErrorLevel.CONNECTION, 3L, "No such property: sumary");
        ErrorDigester digester = digester(SETTINGS);
        digester.digestNow();

        clock.advance(Duration.ofMinutes(59));
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.NOTHING_DUE);
        clock.advance(Duration.ofMinutes(1));
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.SENT);
        assertThat(notifier.last().summary()).isEqualTo("1 error still open");

        clock.advance(Duration.ofHours(23));
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.NOTHING_DUE);
        clock.advance(Duration.ofHours(1));
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.SENT);
        assertThat(notifier.sent).hasSize(3);
    }

    @Test
    void stopsRemindingOnceTheErrorIsResolved() {
        long id = record(ErrorLevel.ENTITY, 3L, "refused");
        ErrorDigester digester = digester(SETTINGS);
        digester.digestNow();
        db.useTransaction(tx -> tx.errors().resolve(id, clock.instant()));

        clock.advance(Duration.ofDays(3));

        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.NOTHING_DUE);
        assertThat(notifier.sent).hasSize(1);
    }

    @Test
    void leavesRetriedInstanceErrorsOutUntilTheyPersist() {
        record(ErrorLevel.INSTANCE, 3L, "GitHub unreachable; will be retried");
        ErrorDigester digester = digester(SETTINGS);

        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.NOTHING_DUE);
        clock.advance(Duration.ofHours(1));
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.SENT);
        assertThat(notifier.single().groups()).extracting(DigestGroup::level).containsExactly(ErrorLevel.INSTANCE);
    }

    @Test
    void holdsDigestsBeyondTheHourlyLimitAndSendsWhatWaitedOnceAllowed() {
        NotifySettings twoAnHour = new NotifySettings(Duration.ofMinutes(5), Duration.ofHours(2), Duration.ofHours(24), 2, 5);
        ErrorDigester digester = digester(twoAnHour);
        Instant start = clock.instant();

        record(ErrorLevel.ENTITY, 1L, "first");
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.SENT);
        clock.advance(Duration.ofMinutes(5));
        record(ErrorLevel.ENTITY, 2L, "second");
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.SENT);
        assertThat(notifier.last().nextDigestNotBefore()).as("the last digest of the hour says when the next may come")
                .isEqualTo(start.plus(Duration.ofHours(1)));

        clock.advance(Duration.ofMinutes(5));
        record(ErrorLevel.ENTITY, 3L, "third");
        DigestOutcome held = digester.digestNow();
        assertThat(held).isEqualTo(new DigestOutcome(DigestOutcome.Kind.RATE_LIMITED, 1, start.plus(Duration.ofHours(1)), null));
        clock.advance(Duration.ofMinutes(5));
        record(ErrorLevel.ENTITY, 4L, "fourth");
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.RATE_LIMITED);
        assertThat(notifier.sent).hasSize(2);

        clock.set(start.plus(Duration.ofHours(1)));
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.SENT);
        assertThat(notifier.last().groups()).singleElement()
                .satisfies(g -> assertThat(g.examples()).extracting(DueError::message).containsExactlyInAnyOrder("third", "fourth"));
    }

    @Test
    void includesTheErrorsOfAFailedSendInTheNextDigest() {
        record(ErrorLevel.ENTITY, 1L, "first");
        ErrorDigester digester = digester(SETTINGS);
        notifier.failNext = true;

        DigestOutcome failed = digester.digestNow();
        assertThat(failed).isEqualTo(new DigestOutcome(DigestOutcome.Kind.FAILED, 1, null, "SMTP server said 421 try later"));
        assertThat(notifier.sent).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        record(ErrorLevel.ENTITY, 2L, "second");
        assertThat(digester.digestNow().kind()).isEqualTo(DigestOutcome.Kind.SENT);
        assertThat(notifier.single().groups()).singleElement()
                .satisfies(g -> assertThat(g.examples()).extracting(DueError::message).containsExactlyInAnyOrder("first", "second"));
    }

    @Test
    void remembersAcrossARestartWhatWasSentAndHowManyThisHour() {
        NotifySettings oneAnHour = new NotifySettings(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24), 1, 5);
        record(ErrorLevel.ENTITY, 1L, "before the restart");
        digester(oneAnHour).digestNow();

        ErrorDigester restarted = digester(oneAnHour);
        assertThat(restarted.digestNow().kind()).as("already told").isEqualTo(DigestOutcome.Kind.NOTHING_DUE);
        record(ErrorLevel.ENTITY, 2L, "after the restart");
        assertThat(restarted.digestNow().kind()).as("the hour's digest was sent before the restart")
                .isEqualTo(DigestOutcome.Kind.RATE_LIMITED);
        assertThat(notifier.sent).hasSize(1);
    }

    /**
     * {@code n} distinct open ENTITY errors "refused #i" of event i, every tenth of {@code tenth}, the rest of the
     * usual connection: written in one batch, since recording them one by one takes seconds.
     */
    private void recordStorm(int n, String tenth) throws SQLException {
        try (java.sql.Connection c = db.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO sync_errors (level, connection_id, event_id, message,"
                     + " first_seen, last_seen, occurrences, status, open_key) VALUES ('ENTITY', ?, ?, ?, ?, ?, 1, 'OPEN', ?)")) {
            OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
            for (int i = 0; i < n; i++) {
                insert.setString(1, i % 10 == 0 ? tenth : connection);
                insert.setLong(2, i);
                insert.setString(3, "refused #" + i);
                insert.setObject(4, now);
                insert.setObject(5, now);
                insert.setString(6, "storm-" + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private ErrorDigester digester(NotifySettings settings) {
        return new ErrorDigester(db, notifier, settings, "jira-node", "http://jira-node.example", clock);
    }

    private long record(ErrorLevel level, Long eventId, String message) {
        return db.inTransaction(tx -> tx.errors().record(new NewError(level, connection, null, eventId, message, null, null, null),
                clock.instant()));
    }

    private String newConnection(String name) {
        Connection c = new Connection(UUID.randomUUID().toString(), name, "peer", "https://peer.example", new byte[] {1},
                ConnectionRole.INVITER, ConnectionStatus.ACTIVE, "{}", clock.instant(), clock.instant());
        db.useTransaction(tx -> tx.connections().insert(c));
        return c.id();
    }

    /** Keeps every digest it is given; fails the next send when told to, as an unreachable mail server would. */
    private static final class RecordingNotifier implements Notifier {
        final List<Digest> sent = new ArrayList<>();
        boolean failNext;

        @Override
        public void send(Digest digest) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("SMTP server said 421 try later");
            }
            sent.add(digest);
        }

        Digest single() {
            assertThat(sent).hasSize(1);
            return sent.get(0);
        }

        Digest last() {
            return sent.get(sent.size() - 1);
        }
    }
}
