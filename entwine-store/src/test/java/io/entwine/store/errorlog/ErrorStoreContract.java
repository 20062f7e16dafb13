package io.entwine.store.errorlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.store.Concurrently;
import io.entwine.store.StoreContract;
import io.entwine.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class ErrorStoreContract extends StoreContract {

    private static NewError scriptError(String connection, long twin, long event, String trace) {
        return new NewError(ErrorLevel.CONNECTION, connection, twin, event, "No such property: sumary", "incoming.groovy", 12, trace);
    }

    @Test
    void recordsAnOpenErrorWithWhereAndWhy() {
        String connection = newConnection("c");
        long id = tx(tx -> tx.errors().record(scriptError(connection, 5, 9, "trace-1"), clock.instant()));

        SyncError error = tx(tx -> tx.errors().find(id)).orElseThrow();
        assertThat(error).isEqualTo(new SyncError(id, ErrorLevel.CONNECTION, connection, 5L, 9L, "No such property: sumary",
                "incoming.groovy", 12, "trace-1", ManualClock.DEFAULT_START, ManualClock.DEFAULT_START, 1, ErrorStatus.OPEN));
    }

    @Test
    void countsTheSameOpenErrorInsteadOfRepeatingIt() {
        String connection = newConnection("c");
        long first = tx(tx -> tx.errors().record(scriptError(connection, 5, 9, "trace-1"), clock.instant()));
        Instant later = clock.advance(Duration.ofMinutes(3));
        long second = tx(tx -> tx.errors().record(scriptError(connection, 5, 9, "trace-2"), later));

        assertThat(second).isEqualTo(first);
        SyncError error = tx(tx -> tx.errors().find(first)).orElseThrow();
        assertThat(error.occurrences()).isEqualTo(2);
        assertThat(error.firstSeen()).isEqualTo(ManualClock.DEFAULT_START);
        assertThat(error.lastSeen()).isEqualTo(later);
        assertThat(error.stackTrace()).isEqualTo("trace-2");
        long open = tx(tx -> tx.errors().countOpen());
        assertThat(open).isEqualTo(1);
    }

    @Test
    void keepsErrorsApartWhenAnyIdentifyingFieldDiffers() {
        String connection = newConnection("c");
        List<NewError> errors = List.of(
                new NewError(ErrorLevel.ENTITY, connection, 5L, 9L, "refused", null, null, null),
                new NewError(ErrorLevel.CONNECTION, connection, 5L, 9L, "refused", null, null, null),
                new NewError(ErrorLevel.ENTITY, null, 5L, 9L, "refused", null, null, null),
                new NewError(ErrorLevel.ENTITY, connection, null, 9L, "refused", null, null, null),
                new NewError(ErrorLevel.ENTITY, connection, 5L, null, "refused", null, null, null),
                new NewError(ErrorLevel.ENTITY, connection, 5L, 9L, "refused!", null, null, null),
                new NewError(ErrorLevel.NODE, null, null, null, "refused", null, null, null));

        HashSet<Long> ids = new HashSet<>();
        for (NewError error : errors) ids.add(tx(tx -> tx.errors().record(error, clock.instant())));

        assertThat(ids).hasSize(errors.size());
    }

    @Test
    void startsANewErrorOnceTheOldOneIsResolved() {
        String connection = newConnection("c");
        long first = tx(tx -> tx.errors().record(scriptError(connection, 5, 9, null), clock.instant()));
        boolean resolved = tx(tx -> tx.errors().resolve(first, clock.instant()));
        boolean again = tx(tx -> tx.errors().resolve(first, clock.instant()));
        long second = tx(tx -> tx.errors().record(scriptError(connection, 5, 9, null), clock.instant()));

        assertThat(resolved).isTrue();
        assertThat(again).isFalse();
        assertThat(second).isNotEqualTo(first);
        SyncError old = tx(tx -> tx.errors().find(first)).orElseThrow();
        assertThat(old.status()).isEqualTo(ErrorStatus.RESOLVED);
    }

    @Test
    void resolvesEveryOpenErrorOfAnEvent() {
        String connection = newConnection("c");
        run(tx -> {
            tx.errors().record(new NewError(ErrorLevel.ENTITY, connection, 1L, 40L, "first", null, null, null), clock.instant());
            tx.errors().record(new NewError(ErrorLevel.INSTANCE, connection, 1L, 40L, "second", null, null, null), clock.instant());
            tx.errors().record(new NewError(ErrorLevel.ENTITY, connection, 1L, 41L, "other event", null, null, null), clock.instant());
        });

        int resolved = tx(tx -> tx.errors().resolveForEvent(40, clock.instant()));

        assertThat(resolved).isEqualTo(2);
        List<SyncError> open = tx(tx -> tx.errors().list(ErrorStatus.OPEN, 10));
        assertThat(open).extracting(SyncError::message).containsExactly("other event");
        long count = tx(tx -> tx.errors().countOpen());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void listsMostRecentlySeenFirst() {
        run(tx -> tx.errors().record(new NewError(ErrorLevel.NODE, null, null, null, "a", null, null, null), clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        run(tx -> tx.errors().record(new NewError(ErrorLevel.NODE, null, null, null, "b", null, null, null), clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        run(tx -> tx.errors().record(new NewError(ErrorLevel.NODE, null, null, null, "a", null, null, null), clock.instant()));

        List<SyncError> open = tx(tx -> tx.errors().list(ErrorStatus.OPEN, 10));
        List<SyncError> first = tx(tx -> tx.errors().list(ErrorStatus.OPEN, 1));
        List<SyncError> resolved = tx(tx -> tx.errors().list(ErrorStatus.RESOLVED, 10));
        assertThat(open).extracting(SyncError::message).containsExactly("a", "b");
        assertThat(first).hasSize(1);
        assertThat(resolved).isEmpty();
    }

    private List<SyncError> listed(ErrorFilter filter) {
        return tx(tx -> tx.errors().list(filter, 10));
    }

    @Test
    void filtersByStatusLevelAndConnection() {
        String c1 = newConnection("c1");
        String c2 = newConnection("c2");
        long entity = tx(tx -> tx.errors().record(new NewError(ErrorLevel.ENTITY, c1, 1L, 1L, "refused", null, null, null), clock.instant()));
        long rules = tx(tx -> tx.errors().record(new NewError(ErrorLevel.CONNECTION, c1, 2L, 2L, "rules", "incoming", 4, null), clock.instant()));
        long other = tx(tx -> tx.errors().record(new NewError(ErrorLevel.CONNECTION, c2, 3L, 3L, "rules", "incoming", 4, null), clock.instant()));
        long node = tx(tx -> tx.errors().record(new NewError(ErrorLevel.NODE, null, null, null, "defect", null, null, null), clock.instant()));
        run(tx -> tx.errors().resolve(other, clock.instant()));

        assertThat(listed(new ErrorFilter(null, null, null))).extracting(SyncError::id)
                .containsExactlyInAnyOrder(entity, rules, other, node);
        assertThat(listed(new ErrorFilter(ErrorStatus.OPEN, ErrorLevel.CONNECTION, null)))
                .extracting(SyncError::id).containsExactly(rules);
        assertThat(listed(new ErrorFilter(null, null, c1))).extracting(SyncError::id)
                .containsExactlyInAnyOrder(entity, rules);
        assertThat(listed(new ErrorFilter(ErrorStatus.RESOLVED, ErrorLevel.CONNECTION, c2)))
                .extracting(SyncError::id).containsExactly(other);
    }

    @Test
    void listsTheOpenErrorsOfOneLevelOnAConnection() {
        String c1 = newConnection("c1");
        long first = tx(tx -> tx.errors().record(new NewError(ErrorLevel.CONNECTION, c1, 1L, 1L, "rules", null, null, null), clock.instant()));
        long second = tx(tx -> tx.errors().record(new NewError(ErrorLevel.CONNECTION, c1, 2L, 2L, "rules", null, null, null), clock.instant()));
        long resolved = tx(tx -> tx.errors().record(new NewError(ErrorLevel.CONNECTION, c1, 3L, 3L, "rules", null, null, null), clock.instant()));
        run(tx -> tx.errors().record(new NewError(ErrorLevel.ENTITY, c1, 4L, 4L, "refused", null, null, null), clock.instant()));
        run(tx -> tx.errors().resolve(resolved, clock.instant()));

        List<SyncError> open = tx(tx -> tx.errors().openOn(c1, ErrorLevel.CONNECTION));
        assertThat(open).extracting(SyncError::id).containsExactly(first, second);
    }

    @Test
    void keepsOneRowWhenTheSameErrorIsRecordedConcurrently() throws Exception {
        String connection = newConnection("c");
        List<Long> ids = Concurrently.run(8,
                thread -> db.inTransaction(tx -> tx.errors().record(scriptError(connection, 5, 9, "t" + thread), clock.instant())));

        assertThat(new HashSet<>(ids)).hasSize(1);
        SyncError error = tx(tx -> tx.errors().find(ids.get(0))).orElseThrow();
        assertThat(error.occurrences()).isEqualTo(8);
    }
}
