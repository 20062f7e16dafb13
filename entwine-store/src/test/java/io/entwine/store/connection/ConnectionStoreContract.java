package io.entwine.store.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.store.Concurrently;
import io.entwine.store.StoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class ConnectionStoreContract extends StoreContract {

    @Test
    void storesAndFindsAConnectionByIdAndName() {
        Connection connection = new Connection(UUID.randomUUID().toString(), "jira-to-github", null, null,
                new byte[] {0, -1, 42, 127}, ConnectionRole.INVITER, ConnectionStatus.INVITED, "{\"mode\":\"two-way\"}",
                clock.instant(), clock.instant());
        run(tx -> tx.connections().insert(connection));

        Connection byId = tx(tx -> tx.connections().find(connection.id())).orElseThrow();
        Connection byName = tx(tx -> tx.connections().findByName("jira-to-github")).orElseThrow();
        assertThat(byId.secret()).containsExactly(0, -1, 42, 127);
        assertThat(byId).usingRecursiveComparison().isEqualTo(connection);
        assertThat(byName).usingRecursiveComparison().isEqualTo(connection);
    }

    @Test
    void findsNothingForUnknownIdsAndNames() {
        Optional<Connection> byId = tx(tx -> tx.connections().find("nope"));
        Optional<Connection> byName = tx(tx -> tx.connections().findByName("nope"));
        assertThat(byId).isEmpty();
        assertThat(byName).isEmpty();
    }

    @Test
    void listsConnectionsByName() {
        newConnection("zeta");
        newConnection("alpha");
        List<Connection> all = tx(tx -> tx.connections().list());
        assertThat(all).extracting(Connection::name).containsExactly("alpha", "zeta");
    }

    @Test
    void updatesPeerStatusAndConfigAndStampsTheTime() {
        String id = newConnection("updated");
        Instant later = clock.advance(Duration.ofMinutes(5));

        boolean peer = tx(tx -> tx.connections().updatePeer(id, "github-node", "https://gh.example"));
        boolean status = tx(tx -> tx.connections().updateStatus(id, ConnectionStatus.PAUSED));
        boolean config = tx(tx -> tx.connections().updateConfig(id, "{\"x\":1}"));

        Connection stored = tx(tx -> tx.connections().find(id)).orElseThrow();
        assertThat(List.of(peer, status, config)).containsOnly(true);
        assertThat(stored.peerName()).isEqualTo("github-node");
        assertThat(stored.peerUrl()).isEqualTo("https://gh.example");
        assertThat(stored.status()).isEqualTo(ConnectionStatus.PAUSED);
        assertThat(stored.configJson()).isEqualTo("{\"x\":1}");
        assertThat(stored.updatedAt()).isEqualTo(later);
        assertThat(stored.createdAt()).isBefore(later);
    }

    @Test
    void reportsUpdatesOfUnknownConnections() {
        boolean updated = tx(tx -> tx.connections().updateStatus("nope", ConnectionStatus.ACTIVE));
        assertThat(updated).isFalse();
    }

    @Test
    void leavesTheSecretOutOfToString() {
        String id = newConnection("quiet");
        Connection stored = tx(tx -> tx.connections().find(id)).orElseThrow();
        assertThat(stored.toString()).contains("quiet").doesNotContain("secret");
    }

    @Test
    void consumesAnInvitationOnlyOnce() {
        String id = newConnection("invited");
        run(tx -> tx.connections().insertInvitation("hash-1", id, clock.instant().plus(Duration.ofHours(1))));

        Optional<String> first = tx(tx -> tx.connections().consumeInvitation("hash-1", clock.instant()));
        Optional<String> second = tx(tx -> tx.connections().consumeInvitation("hash-1", clock.instant()));
        assertThat(first).contains(id);
        assertThat(second).isEmpty();
    }

    @Test
    void refusesAnExpiredInvitation() {
        String id = newConnection("late");
        Instant expiry = clock.instant().plus(Duration.ofMinutes(10));
        run(tx -> tx.connections().insertInvitation("hash-2", id, expiry));

        Optional<String> atExpiry = tx(tx -> tx.connections().consumeInvitation("hash-2", expiry));
        Optional<String> justBefore = tx(tx -> tx.connections().consumeInvitation("hash-2", expiry.minusMillis(1)));
        assertThat(atExpiry).isEmpty();
        assertThat(justBefore).contains(id);
    }

    @Test
    void refusesAnUnknownInvitation() {
        Optional<String> consumed = tx(tx -> tx.connections().consumeInvitation("never-issued", clock.instant()));
        assertThat(consumed).isEmpty();
    }

    @Test
    void givesARacedInvitationToExactlyOneCaller() throws Exception {
        String id = newConnection("raced");
        run(tx -> tx.connections().insertInvitation("hash-3", id, clock.instant().plus(Duration.ofHours(1))));

        List<Optional<String>> results = Concurrently.run(8,
                thread -> db.inTransaction(tx -> tx.connections().consumeInvitation("hash-3", clock.instant())));

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
    }
}
