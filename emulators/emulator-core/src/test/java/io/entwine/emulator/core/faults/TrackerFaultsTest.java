package io.entwine.emulator.core.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The shared fault modes, through a real emulator on loopback. */
class TrackerFaultsTest {
    private static final String BOT = "Bearer bot";
    private static final String HUMAN = "Bearer human";

    private final SettableClock clock = new SettableClock();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private CountingEmulator emulator;

    @BeforeEach
    void start() {
        emulator = new CountingEmulator(clock, sleeps::add);
        emulator.start(0);
        emulator.faults().scope(r -> BOT.equals(r.authorization()));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void rateLimitsTheNextRequestsWithRetryAfterAndRateLimitHeadersWithoutApplyingThem() throws Exception {
        emulator.faults().next(1, Fault.rateLimited(Duration.ofSeconds(2)));

        HttpResponse<String> refused = post(BOT);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(refused.headers().firstValue("X-RateLimit-Reset"))
                .hasValue(String.valueOf(clock.instant().plusSeconds(2).getEpochSecond()));
        assertThat(refused.body()).contains("\"message\":\"Rate limit exceeded");
        assertThat(emulator.applied).hasValue(0);
        assertThat(emulator.journal().all()).extracting(e -> e.status()).containsExactly(429);
    }

    @Test
    void requestsArrivingWhileRetryAfterIsInForceAreRefusedAndCountedAsEarly() throws Exception {
        emulator.faults().next(1, Fault.rateLimited(Duration.ofSeconds(2)));
        post(BOT);

        clock.advance(Duration.ofMillis(1500));
        assertThat(emulator.faults().retryAfterInForce()).isTrue();
        HttpResponse<String> early = post(BOT);

        assertThat(early.statusCode()).isEqualTo(429);
        assertThat(early.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(emulator.faults().earlyRequestCount()).isEqualTo(1);
        assertThat(emulator.faults().earlyRequests()).singleElement()
                .hasToString("POST /things arrived 500 ms before Retry-After elapsed");
        assertThat(emulator.faults().retryAfterWaits()).isEqualTo(1);
    }

    @Test
    void aClientThatWaitsAsToldIsServedAndNotCounted() throws Exception {
        emulator.faults().next(1, Fault.rateLimited(Duration.ofMillis(1200)));
        assertThat(post(BOT).headers().firstValue("Retry-After")).hasValue("2");

        clock.advance(Duration.ofSeconds(2));

        assertThat(emulator.faults().retryAfterInForce()).isFalse();
        assertThat(post(BOT).statusCode()).isEqualTo(201);
        assertThat(emulator.faults().earlyRequestCount()).isZero();
    }

    @Test
    void requestsOutsideTheScopeAreNeverFaultedNorCounted() throws Exception {
        emulator.faults().next(1, Fault.rateLimited(Duration.ofSeconds(5))).withProbability(1.0, Fault.serverError(503));
        assertThat(post(BOT).statusCode()).isEqualTo(429);

        assertThat(post(HUMAN).statusCode()).isEqualTo(201);
        assertThat(post(HUMAN).statusCode()).isEqualTo(201);
        assertThat(emulator.faults().earlyRequestCount()).isZero();
        assertThat(emulator.applied).hasValue(2);
    }

    @Test
    void serverErrorsDrawnWithAProbabilityRepeatForTheSameSeed() throws Exception {
        List<Integer> first = statuses(42);
        List<Integer> second = statuses(42);
        List<Integer> other = statuses(7);

        assertThat(first).isEqualTo(second).contains(502, 201).doesNotContain(429);
        assertThat(other).isNotEqualTo(first);
    }

    private List<Integer> statuses(long seed) throws Exception {
        emulator.faults().clear();
        emulator.faults().seed(seed).withProbability(0.4, Fault.serverError(502));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) statuses.add(post(BOT).statusCode());
        return statuses;
    }

    @Test
    void aSlowAnswerWaitsThenServesTheRequest() throws Exception {
        emulator.faults().next(1, Fault.slow(Duration.ofMillis(800)));

        assertThat(post(BOT).statusCode()).isEqualTo(201);

        assertThat(sleeps).containsExactly(Duration.ofMillis(800));
        assertThat(emulator.applied).hasValue(1);
        assertThat(emulator.faults().injected()).containsEntry("slow", 1L);
    }

    @Test
    void aHeldRequestOutlastsTheClientTimeoutAndIsNotApplied() {
        restartWithRealWaits();
        emulator.faults().next(1, Fault.timeout(Duration.ofMillis(700)));

        assertThatThrownBy(() -> postWithTimeout(Duration.ofMillis(200))).isInstanceOf(HttpTimeoutException.class);

        await().atMost(Duration.ofSeconds(5)).until(() -> !emulator.journal().all().isEmpty());
        assertThat(emulator.journal().all()).extracting(e -> e.status()).containsExactly(504);
        assertThat(emulator.applied).hasValue(0);
    }

    @Test
    void aSlowAnswerPastTheClientTimeoutIsStillApplied() {
        restartWithRealWaits();
        emulator.faults().next(1, Fault.slow(Duration.ofMillis(700)));

        assertThatThrownBy(() -> postWithTimeout(Duration.ofMillis(200))).isInstanceOf(HttpTimeoutException.class);
        assertThat(emulator.faults().pausedNow()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(5)).until(() -> emulator.faults().pausedNow() == 0);
        await().atMost(Duration.ofSeconds(5)).until(() -> emulator.applied.get() == 1);
    }

    private void restartWithRealWaits() {
        emulator.close();
        emulator = new CountingEmulator(clock, Sleeper.SYSTEM);
        emulator.start(0);
        emulator.faults().scope(r -> BOT.equals(r.authorization()));
    }

    private HttpResponse<String> postWithTimeout(Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/things"))
                .timeout(timeout).header("Authorization", BOT).POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healingStopsNewFaultsAndKeepsTheCounts() throws Exception {
        emulator.faults().withProbability(1.0, Fault.serverError(500));
        assertThat(post(BOT).statusCode()).isEqualTo(500);

        emulator.faults().clear();

        assertThat(post(BOT).statusCode()).isEqualTo(201);
        assertThat(emulator.faults().healed()).isTrue();
        assertThat(emulator.faults().injected("server-error")).isEqualTo(1);
    }

    @Test
    void probabilitiesOfOneMixCannotAddUpToMoreThanOne() {
        emulator.faults().withProbability(0.6, Fault.serverError(500));

        assertThatThrownBy(() -> emulator.faults().withProbability(0.5, Fault.slow(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the fault probabilities add up to 1.1, more than 1");
    }

    private HttpResponse<String> post(String authorization) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/things"))
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
