package io.entwine.testkit.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The fault proxy between a sender and a (recording) node, over real loopback sockets. */
class FaultProxyTest {
    private final RecordingNode node = new RecordingNode();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private FaultProxy proxy = FaultProxy.start(node.url());

    @AfterEach
    void stop() {
        proxy.close();
        node.close();
    }

    @Test
    void passesMessagesWithTheirHeadersAndBodyAndTheNodesAnswer() throws Exception {
        HttpResponse<String> answer = send("m1");

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.body()).isEqualTo("{\"status\":\"accepted\"}");
        assertThat(node.received).containsExactly("m1");
        assertThat(node.lastHeaders).containsEntry("x-entwine-message-type", "replica")
                .containsEntry("x-entwine-signature", "v1=abc").containsEntry("body", "{\"n\":\"m1\"}");
        assertThat(proxy.messages()).singleElement().satisfies(m -> {
            assertThat(m.action()).isEqualTo(ProxyAction.PASS);
            assertThat(m.upstreamStatus()).isEqualTo(202);
        });
    }

    @Test
    void otherRequestsPassEvenWhileEveryMessageIsDropped() throws Exception {
        proxy.schedule(message -> ProxyDecision.drop());

        HttpResponse<String> webhook = http.send(HttpRequest.newBuilder(URI.create(proxy.url() + "/webhooks/github?x=1"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(webhook.statusCode()).isEqualTo(200);
        assertThat(node.otherPaths).containsExactly("POST /webhooks/github?x=1");
        assertThat(proxy.messages()).isEmpty();
    }

    @Test
    void aDroppedMessageIsNeitherForwardedNorAnswered() {
        proxy.schedule(FaultSchedule.scripted(ProxyDecision.drop()));

        assertThatThrownBy(() -> send("m1")).isInstanceOf(IOException.class);

        assertThat(node.received).isEmpty();
        assertThat(proxy.counts()).containsEntry(ProxyAction.DROP, 1L);
    }

    @Test
    void aResetMessageIsNotForwardedAndTheConnectionIsReset() {
        proxy.schedule(FaultSchedule.scripted(ProxyDecision.reset()));

        assertThatThrownBy(() -> send("m1")).isInstanceOf(IOException.class);

        assertThat(node.received).isEmpty();
    }

    @Test
    void aMessageWhoseAnswerIsDroppedReachedTheNodeAndAResendIsADuplicate() throws Exception {
        proxy.schedule(FaultSchedule.scripted(ProxyDecision.dropAnswer()));

        assertThatThrownBy(() -> send("m1")).isInstanceOf(IOException.class);
        HttpResponse<String> resend = send("m1");

        assertThat(resend.statusCode()).isEqualTo(409);
        assertThat(node.received).containsExactly("m1", "m1");
    }

    @Test
    void aDuplicatedMessageReachesTheNodeTwiceAndTheSenderGetsTheFirstAnswer() throws Exception {
        proxy.schedule(FaultSchedule.scripted(ProxyDecision.duplicate()));

        HttpResponse<String> answer = send("m1");

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(node.received).containsExactly("m1", "m1");
    }

    @Test
    void aDelayedMessageArrivesAfterItsDelay() throws Exception {
        proxy.schedule(FaultSchedule.scripted(ProxyDecision.delay(Duration.ofMillis(400))));

        long start = System.nanoTime();
        send("m1");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(proxy.messages()).singleElement().extracting(ProxiedMessage::delayMillis).isEqualTo(400L);
    }

    @Test
    void aReorderedMessageIsDeliveredAfterTheNextOne() throws Exception {
        proxy.schedule(FaultSchedule.scripted(ProxyDecision.reorder()));

        CompletableFuture<HttpResponse<String>> first = sendAsync("m1");
        await().atMost(Duration.ofSeconds(5)).until(() -> proxy.arrivals() == 1);
        HttpResponse<String> second = send("m2");

        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(first.get().statusCode()).isEqualTo(202);
        assertThat(node.received).containsExactly("m2", "m1");
        assertThat(proxy.counts()).containsEntry(ProxyAction.REORDER, 1L).containsEntry(ProxyAction.PASS, 1L);
    }

    @Test
    void aHeldMessageGoesOnAloneWhenNoOtherFollowsWithinTheBound() throws Exception {
        proxy.close();
        proxy = FaultProxy.start(node.url(), 0, Duration.ofMillis(300));
        proxy.schedule(FaultSchedule.scripted(ProxyDecision.reorder()));

        assertThat(send("m1").statusCode()).isEqualTo(202);

        assertThat(node.received).containsExactly("m1");
    }

    @Test
    void healingLetsEveryMessagePass() throws Exception {
        proxy.schedule(message -> ProxyDecision.drop());
        proxy.heal();

        assertThat(send("m1").statusCode()).isEqualTo(202);
    }

    @Test
    void aRandomScheduleRepeatsItsDecisionsForTheSameSeed() {
        List<ProxyDecision> first = decisions(FaultSchedule.random(11).with(ProxyAction.DROP, 0.2).with(ProxyAction.DELAY, 0.3));
        List<ProxyDecision> again = decisions(FaultSchedule.random(11).with(ProxyAction.DROP, 0.2).with(ProxyAction.DELAY, 0.3));
        List<ProxyDecision> other = decisions(FaultSchedule.random(12).with(ProxyAction.DROP, 0.2).with(ProxyAction.DELAY, 0.3));

        assertThat(first).isEqualTo(again).isNotEqualTo(other);
        assertThat(first).extracting(ProxyDecision::action).contains(ProxyAction.PASS, ProxyAction.DROP, ProxyAction.DELAY)
                .doesNotContain(ProxyAction.RESET);
        assertThat(first).filteredOn(d -> d.action() == ProxyAction.DELAY)
                .allSatisfy(d -> assertThat(d.delay()).isBetween(Duration.ofMillis(50), Duration.ofMillis(500)));
    }

    @Test
    void aRandomScheduleRefusesProbabilitiesAboveOne() {
        RandomSchedule schedule = FaultSchedule.random(1).with(ProxyAction.DROP, 0.7);

        assertThatThrownBy(() -> schedule.with(ProxyAction.RESET, 0.4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 1");
    }

    private static List<ProxyDecision> decisions(FaultSchedule schedule) {
        List<ProxyDecision> out = new ArrayList<>();
        for (int i = 1; i <= 50; i++) out.add(schedule.decide(new PeerMessage(i, "m" + i, "replica", "c")));
        return out;
    }

    private HttpResponse<String> send(String id) throws IOException, InterruptedException {
        return http.send(message(id), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(String id) {
        return http.sendAsync(message(id), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest message(String id) {
        return HttpRequest.newBuilder(URI.create(proxy.url() + "/peer/v1/messages"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Entwine-Message-Id", id)
                .header("X-Entwine-Message-Type", "replica")
                .header("X-Entwine-Connection", "c1")
                .header("X-Entwine-Signature", "v1=abc")
                .POST(HttpRequest.BodyPublishers.ofString("{\"n\":\"" + id + "\"}")).build();
    }
}
