package io.entwine.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.store.Concurrently;
import io.entwine.store.StoreContract;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class MessageStoreContract extends StoreContract {

    @Test
    void recognisesAMessageReceivedBefore() {
        String connection = newConnection("c");
        boolean first = tx(tx -> tx.messages().markReceived(connection, "msg-1", clock.instant()));
        boolean again = tx(tx -> tx.messages().markReceived(connection, "msg-1", clock.instant()));
        assertThat(first).isTrue();
        assertThat(again).isFalse();
    }

    @Test
    void keepsMessageIdsOfConnectionsApart() {
        String a = newConnection("a");
        String b = newConnection("b");
        run(tx -> tx.messages().markReceived(a, "msg-1", clock.instant()));
        boolean onB = tx(tx -> tx.messages().markReceived(b, "msg-1", clock.instant()));
        assertThat(onB).isTrue();
    }

    @Test
    void forgetsAMessageWhenItsTransactionRollsBack() {
        String connection = newConnection("c");
        try {
            run(tx -> {
                tx.messages().markReceived(connection, "msg-1", clock.instant());
                throw new IllegalStateException("applying the message failed");
            });
        } catch (IllegalStateException expected) {
            // the redelivery must be processed
        }
        boolean redelivered = tx(tx -> tx.messages().markReceived(connection, "msg-1", clock.instant()));
        assertThat(redelivered).isTrue();
    }

    @Test
    void acceptsARacedMessageExactlyOnce() throws Exception {
        String connection = newConnection("c");
        List<Boolean> results = Concurrently.run(8,
                thread -> db.inTransaction(tx -> tx.messages().markReceived(connection, "msg-raced", clock.instant())));
        assertThat(results).containsOnlyOnce(true);
    }

    @Test
    void deletesIdsOlderThanTheCutoff() {
        String connection = newConnection("c");
        run(tx -> tx.messages().markReceived(connection, "old", clock.instant()));
        clock.advance(Duration.ofDays(2));
        run(tx -> tx.messages().markReceived(connection, "new", clock.instant()));

        int deleted = tx(tx -> tx.messages().deleteOlderThan(clock.instant().minus(Duration.ofDays(1))));

        assertThat(deleted).isEqualTo(1);
        boolean oldAgain = tx(tx -> tx.messages().markReceived(connection, "old", clock.instant()));
        boolean newAgain = tx(tx -> tx.messages().markReceived(connection, "new", clock.instant()));
        assertThat(oldAgain).isTrue();
        assertThat(newAgain).isFalse();
    }
}
