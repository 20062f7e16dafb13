package io.entwine.store.setting;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.store.Concurrently;
import io.entwine.store.StoreContract;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings and cursors: the two key/value stores. */
public abstract class KeyValueStoresContract extends StoreContract {

    @Test
    void storesAndOverwritesSettings() {
        Optional<String> before = tx(tx -> tx.settings().get("node.id"));
        run(tx -> tx.settings().put("node.id", "node-a"));
        run(tx -> tx.settings().put("node.id", "node-b"));
        Optional<String> after = tx(tx -> tx.settings().get("node.id"));
        assertThat(before).isEmpty();
        assertThat(after).contains("node-b");
    }

    @Test
    void storesAndAdvancesCursors() {
        run(tx -> tx.cursors().put("jira:updated", "2030-01-01T00:00:00Z", clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        run(tx -> tx.cursors().put("jira:updated", "2030-01-01T00:01:00Z", clock.instant()));
        Optional<String> cursor = tx(tx -> tx.cursors().get("jira:updated"));
        Optional<String> other = tx(tx -> tx.cursors().get("github:since"));
        assertThat(cursor).contains("2030-01-01T00:01:00Z");
        assertThat(other).isEmpty();
    }

    @Test
    void keepsSettingsAndCursorsApart() {
        run(tx -> tx.settings().put("same-name", "setting"));
        run(tx -> tx.cursors().put("same-name", "cursor", clock.instant()));
        Optional<String> setting = tx(tx -> tx.settings().get("same-name"));
        assertThat(setting).contains("setting");
    }

    @Test
    void storesNullValues() {
        run(tx -> tx.settings().put("cleared", "x"));
        run(tx -> tx.settings().put("cleared", null));
        Optional<String> cleared = tx(tx -> tx.settings().get("cleared"));
        assertThat(cleared).isEmpty();
    }

    @Test
    void survivesConcurrentFirstWritesOfOneKey() throws Exception {
        Concurrently.run(8, thread -> {
            db.useTransaction(tx -> tx.cursors().put("raced", "value-" + thread, clock.instant()));
            return null;
        });
        Optional<String> value = tx(tx -> tx.cursors().get("raced"));
        assertThat(value).hasValueSatisfying(v -> assertThat(v).startsWith("value-"));
    }
}
