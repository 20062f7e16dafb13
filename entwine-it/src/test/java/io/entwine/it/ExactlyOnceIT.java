package io.entwine.it;

import io.entwine.api.replica.HubIssue;
import io.entwine.core.incoming.InboxResult;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.protocol.MessageTypes;
import io.entwine.core.protocol.ReplicaMessage;
import io.entwine.emulator.core.faults.Fault;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.server.RunningNode;
import io.entwine.store.connection.Connection;
import io.entwine.transport.Envelope;
import io.entwine.transport.MessageSigner;
import io.entwine.transport.PeerHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Invariant 2 (nothing duplicated) where creation can go twice: racing deliveries of one first sync, the same create
 * re-sent under new message ids (a peer that crashed before recording it sent it), and a create or comment whose
 * answer the tracker applied but the connector never saw (the two lost-answer tests wait out the connectors' 30 s
 * request timeout).
 */
class ExactlyOnceIT {
    /** Longer than the connectors' request timeout (30 s): applied by the tracker, answer never seen. */
    private static final Duration PAST_TIMEOUT = Duration.ofSeconds(32);

    @TempDir
    Path dataDir;
    FaultTopology f;

    @AfterEach
    void stop() {
        if (f != null) f.close();
    }

    @Test
    void racingDeliveriesOfOneFirstSyncUnderOneAndUnderManyMessageIdsMakeOneIssue() throws Exception {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        f.t.awaitQuiet();
        String number = f.t.github.create("Raced", "created once");
        RunningNode jiraNode = f.t.jiraNode();
        Connection connection = jiraNode.node().database().inTransaction(tx -> tx.connections().find(f.t.demo.connectionId())).orElseThrow();
        HubIssue replica = new HubIssue();
        replica.setKey(number);
        replica.setSummary("Raced");
        replica.setDescription("created once");
        byte[] body = MessageCodec.write(new ReplicaMessage(number, null, ReplicaCodec.toJson(replica))).getBytes(StandardCharsets.UTF_8);

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<InboxResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads * 2; i++) {
                // half the deliveries repeat one message id (redelivery), half carry ids of their own (a peer re-sending after a crash)
                String messageId = i % 2 == 0 ? "raced-create" : "raced-create-" + i;
                Callable<InboxResult> deliver = () -> {
                    start.await();
                    return jiraNode.node().receivePeerMessage(signed(connection, messageId, body), body);
                };
                results.add(pool.submit(deliver));
            }
            start.countDown();
            List<InboxResult> outcomes = new ArrayList<>();
            for (Future<InboxResult> r : results) outcomes.add(r.get());
            assertThat(outcomes).filteredOn(r -> r == InboxResult.QUEUED).hasSize(threads + 1);
        } finally {
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> f.t.githubTwinOf(f.t.awaitJiraTwin(number)).isPresent());
        f.t.awaitQuiet();
        assertThat(Map.of("Jira", f.jira().issueCount(), "GitHub", f.github().issueCount())).as("issues on each side")
                .isEqualTo(Map.of("Jira", 1, "GitHub", 1));
    }

    @Test
    void aCreateWhoseAnswerIsLostMakesOneIssue() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        f.github().faults().scope(r -> FaultTopology.GITHUB_NODE_AUTH.equals(r.authorization())
                && r.method().equals("POST") && r.path().equals("/repos/acme/demo/issues"));
        f.github().faults().next(1, Fault.slow(PAST_TIMEOUT));

        String key = f.t.jira.create("Created once", "text", "Medium");

        await().atMost(Duration.ofSeconds(90)).until(() -> f.t.githubTwinOf(key).isPresent() && f.github().faults().pausedNow() == 0);
        f.t.awaitQuiet();
        assertThat(Map.of("GitHub", f.github().issueCount(), "Jira", f.jira().issueCount())).as("issues on each side")
                .isEqualTo(Map.of("GitHub", 1, "Jira", 1));
        assertThat(f.t.github.issue(f.t.githubTwinOf(key).orElseThrow()).path("body").asText()).startsWith("text");
    }

    @Test
    void aCommentWhoseAnswerIsLostIsAddedOnce() {
        f = FaultTopology.start(dataDir, Duration.ofHours(1), Map.of());
        String number = f.t.github.create("Comment once", "text", "priority: Medium");
        String key = f.t.awaitJiraTwin(number);
        f.t.awaitQuiet();
        f.jira().faults().scope(r -> FaultTopology.JIRA_NODE_AUTH.equals(r.authorization())
                && r.method().equals("POST") && r.path().endsWith("/comment"));
        f.jira().faults().next(1, Fault.slow(PAST_TIMEOUT));

        f.t.github.comment(number, "said once");

        await().atMost(Duration.ofSeconds(90)).until(() -> !f.t.jira.commentTexts(key).isEmpty() && f.jira().faults().pausedNow() == 0);
        f.t.awaitQuiet();
        assertThat(Map.of("Jira", f.t.jira.commentTexts(key).size(), "GitHub", f.t.github.commentBodies(number).size()))
                .as("comments on each side").isEqualTo(Map.of("Jira", 1, "GitHub", 1));
        assertThat(f.t.github.commentBodies(number)).containsExactly("said once");
    }

    private static Map<String, String> signed(Connection connection, String messageId, byte[] body) {
        Envelope envelope = new Envelope(messageId, connection.id(), MessageTypes.REPLICA, Instant.now(), body);
        return Map.of(PeerHeaders.CONNECTION, connection.id(), PeerHeaders.MESSAGE_ID, messageId,
                PeerHeaders.MESSAGE_TYPE, MessageTypes.REPLICA, PeerHeaders.TIMESTAMP, Long.toString(envelope.timestamp().toEpochMilli()),
                PeerHeaders.SIGNATURE, MessageSigner.sign(connection.secret(), envelope), "Content-Type", "application/json");
    }
}
