package io.entwine.core.trigger;

import io.entwine.api.errors.ConfigException;
import io.entwine.store.Database;
import io.entwine.store.DatabaseConfig;
import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriggersTest {
    private final Database db = Database.open(DatabaseConfig.h2Memory("triggers-" + UUID.randomUUID()), new ManualClock());

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> triggers(String connectionId) {
        return db.inTransaction(tx -> Triggers.get(tx, connectionId));
    }

    @Test
    void keepsEachConnectionsQueriesInOrderWithoutBlanksOrRepeats() {
        List<String> stored = db.inTransaction(tx -> Triggers.set(tx, "c1", Arrays.asList(" label:sync ", "", null, "is:open", "label:sync")));

        assertThat(stored).containsExactly("label:sync", "is:open");
        assertThat(triggers("c1")).containsExactly("label:sync", "is:open");
        assertThat(triggers("c2")).isEmpty();
    }

    @Test
    void anEmptyListRemovesAllTriggers() {
        db.useTransaction(tx -> Triggers.set(tx, "c1", List.of("label:sync")));
        db.useTransaction(tx -> Triggers.set(tx, "c1", List.of()));
        assertThat(triggers("c1")).isEmpty();
    }

    @Test
    void refusesMoreTriggersThanOneConnectionMayEvaluate() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= Triggers.MAX_PER_CONNECTION; i++) many.add("label:l" + i);
        assertThatThrownBy(() -> db.useTransaction(tx -> Triggers.set(tx, "c1", many))).isInstanceOf(ConfigException.class)
                .hasMessage("a connection takes at most 20 triggers, got 21");
    }
}
