package io.entwine.store.conflict;

import io.entwine.store.StoreContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ConflictStoreContract extends StoreContract {

    @Test
    void recordsSettledAndOpenConflictsAndResolvesAnOpenOneOnce() {
        String connection = newConnection("c");
        long twin = tx(tx -> tx.twins().getOrCreateByLocalKey(connection, "PROJ-1", clock.instant())).id();
        long settled = tx(tx -> tx.conflicts().record(connection, twin, "summary", "\"mine\"", "\"old\"", "\"theirs\"",
                "APPLY_REMOTE", "REMOTE_APPLIED", false, clock.instant()));
        long open = tx(tx -> tx.conflicts().record(connection, twin, "description", "\"a\"", null, "\"b\"",
                "RAISE", "RAISED", true, clock.instant()));
        tx(tx -> {
            tx.conflicts().updateRemoteValue(open, "\"c\"");
            return null;
        });

        java.util.List<FieldConflictRecord> openBefore = tx(tx -> tx.conflicts().openFor(twin));
        FieldConflictRecord updated = tx(tx -> tx.conflicts().find(open)).orElseThrow();
        java.util.List<FieldConflictRecord> all = tx(tx -> tx.conflicts().list(null, 10, 0));
        java.util.List<FieldConflictRecord> resolved = tx(tx -> tx.conflicts().list("RESOLVED", 10, 0));
        boolean first = tx(tx -> tx.conflicts().resolve(open, "local", clock.instant()));
        boolean second = tx(tx -> tx.conflicts().resolve(open, "remote", clock.instant()));
        java.util.List<FieldConflictRecord> openAfter = tx(tx -> tx.conflicts().openFor(twin));
        FieldConflictRecord done = tx(tx -> tx.conflicts().find(open)).orElseThrow();

        assertThat(openBefore).extracting(FieldConflictRecord::field).containsExactly("description");
        assertThat(updated.remoteValue()).isEqualTo("\"c\"");
        assertThat(all).extracting(FieldConflictRecord::id).containsExactly(open, settled);
        assertThat(resolved).extracting(FieldConflictRecord::id).containsExactly(settled);
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(openAfter).isEmpty();
        assertThat(done.resolution()).isEqualTo("local");
        assertThat(done.resolvedAt()).isEqualTo(clock.instant());
    }
}
