package io.entwine.store.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.entwine.store.StoreContract;
import io.entwine.store.errors.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class RuleStoreContract extends StoreContract {

    @Test
    void hasNoActiveRulesBeforeTheFirstPublish() {
        String connection = newConnection("fresh");
        Optional<RuleVersion> active = tx(tx -> tx.rules().active(connection, Direction.OUTGOING));
        assertThat(active).isEmpty();
    }

    @Test
    void publishesNumberedVersionsAndActivatesTheNewest() {
        String connection = newConnection("versioned");
        Instant first = clock.instant();
        RuleVersion v1 = tx(tx -> tx.rules().publish(connection, Direction.OUTGOING, "replica.summary = issue.summary", first));
        Instant second = clock.advance(Duration.ofMinutes(1));
        RuleVersion v2 = tx(tx -> tx.rules().publish(connection, Direction.OUTGOING, "replica.summary = issue.summary.trim()", second));

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2).isEqualTo(new RuleVersion(connection, Direction.OUTGOING, 2, "replica.summary = issue.summary.trim()", second, true));
        Optional<RuleVersion> active = tx(tx -> tx.rules().active(connection, Direction.OUTGOING));
        assertThat(active).contains(v2);
        List<RuleVersion> versions = tx(tx -> tx.rules().versions(connection, Direction.OUTGOING));
        assertThat(versions).extracting(RuleVersion::version, RuleVersion::active, RuleVersion::createdAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true, second), org.assertj.core.groups.Tuple.tuple(1, false, first));
    }

    @Test
    void versionsEachDirectionAndConnectionSeparately() {
        String a = newConnection("a");
        String b = newConnection("b");
        run(tx -> tx.rules().publish(a, Direction.OUTGOING, "out a1", clock.instant()));
        run(tx -> tx.rules().publish(a, Direction.OUTGOING, "out a2", clock.instant()));
        RuleVersion incoming = tx(tx -> tx.rules().publish(a, Direction.INCOMING, "in a1", clock.instant()));
        RuleVersion other = tx(tx -> tx.rules().publish(b, Direction.OUTGOING, "out b1", clock.instant()));

        assertThat(incoming.version()).isEqualTo(1);
        assertThat(other.version()).isEqualTo(1);
        Optional<RuleVersion> activeOut = tx(tx -> tx.rules().active(a, Direction.OUTGOING));
        assertThat(activeOut).map(RuleVersion::script).contains("out a2");
    }

    @Test
    void refusesToPublishForAnUnknownConnection() {
        assertThatThrownBy(() -> run(tx -> tx.rules().publish("missing", Direction.INCOMING, "x", clock.instant())))
                .isInstanceOf(StoreException.class)
                .hasMessage("publish INCOMING rules: connection 'missing' does not exist");
    }
}
