package io.entwine.store.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.entwine.store.Concurrently;
import io.entwine.store.StoreContract;
import io.entwine.store.errors.StoreConflictException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class TraceStoreContract extends StoreContract {
    private long twin;
    private long otherTwin;

    @BeforeEach
    void twins() {
        String connection = newConnection("c");
        twin = newTwin(connection, "PROJ-1");
        otherTwin = newTwin(connection, "PROJ-2");
    }

    @Test
    void addsTracesAndListsThemPerTwinAndKind() {
        run(tx -> {
            tx.traces().add(new Trace(twin, TraceKind.COMMENT, "c2", "r2"));
            tx.traces().add(new Trace(twin, TraceKind.COMMENT, "c1", "r1"));
            tx.traces().add(new Trace(twin, TraceKind.ATTACHMENT, "a1", "ra1"));
            tx.traces().add(new Trace(otherTwin, TraceKind.COMMENT, "c1", "r1"));
        });

        List<Trace> comments = tx(tx -> tx.traces().forTwin(twin, TraceKind.COMMENT));
        Map<String, String> remoteToLocal = tx(tx -> tx.traces().remoteToLocal(twin, TraceKind.COMMENT));
        List<Trace> worklogs = tx(tx -> tx.traces().forTwin(twin, TraceKind.WORKLOG));
        assertThat(comments).containsExactly(new Trace(twin, TraceKind.COMMENT, "c1", "r1"), new Trace(twin, TraceKind.COMMENT, "c2", "r2"));
        assertThat(remoteToLocal).containsExactly(Map.entry("r1", "c1"), Map.entry("r2", "c2"));
        assertThat(worklogs).isEmpty();
    }

    @Test
    void ignoresTheSamePairAddedAgain() {
        Trace trace = new Trace(twin, TraceKind.COMMENT, "c1", "r1");
        run(tx -> tx.traces().add(trace));
        run(tx -> tx.traces().add(trace));
        List<Trace> comments = tx(tx -> tx.traces().forTwin(twin, TraceKind.COMMENT));
        assertThat(comments).containsExactly(trace);
    }

    @Test
    void refusesToPairALocalIdTwice() {
        run(tx -> tx.traces().add(new Trace(twin, TraceKind.COMMENT, "c1", "r1")));
        assertThatThrownBy(() -> run(tx -> tx.traces().add(new Trace(twin, TraceKind.COMMENT, "c1", "r2"))))
                .isInstanceOf(StoreConflictException.class)
                .hasMessage("trace COMMENT of twin " + twin + ": cannot pair local 'c1' with remote 'r2', already stored: local 'c1' <-> remote 'r1'");
    }

    @Test
    void refusesToPairARemoteIdTwice() {
        run(tx -> tx.traces().add(new Trace(twin, TraceKind.ATTACHMENT, "a1", "r1")));
        assertThatThrownBy(() -> run(tx -> tx.traces().add(new Trace(twin, TraceKind.ATTACHMENT, "a2", "r1"))))
                .isInstanceOf(StoreConflictException.class);
    }

    @Test
    void removesATraceByItsLocalId() {
        run(tx -> tx.traces().add(new Trace(twin, TraceKind.WORKLOG, "w1", "rw1")));
        boolean removed = tx(tx -> tx.traces().removeByLocal(twin, TraceKind.WORKLOG, "w1"));
        boolean again = tx(tx -> tx.traces().removeByLocal(twin, TraceKind.WORKLOG, "w1"));
        assertThat(removed).isTrue();
        assertThat(again).isFalse();
        run(tx -> tx.traces().add(new Trace(twin, TraceKind.WORKLOG, "w2", "rw1")));
    }

    @Test
    void storesOneTraceWhenTheSamePairIsRaced() throws Exception {
        Trace trace = new Trace(twin, TraceKind.COMMENT, "c1", "r1");
        Concurrently.run(6, thread -> {
            db.useTransaction(tx -> tx.traces().add(trace));
            return null;
        });
        List<Trace> comments = tx(tx -> tx.traces().forTwin(twin, TraceKind.COMMENT));
        assertThat(comments).containsExactly(trace);
    }
}
