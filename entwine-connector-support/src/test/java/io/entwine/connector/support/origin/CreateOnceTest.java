package io.entwine.connector.support.origin;

import io.entwine.connector.support.OutcomeUnknownException;
import io.entwine.connector.support.TrackerHttp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreateOnceTest {
    private final List<String> waits = new ArrayList<>();
    private final TrackerHttp http = TrackerHttp.builder("Jira", "http://127.0.0.1:9").maxAttempts(3)
            .sleeper(d -> waits.add(d.toString())).build();

    @Test
    void adoptsWhatALostCreateMadeInsteadOfCreatingAgain() {
        AtomicInteger creates = new AtomicInteger();

        String key = CreateOnce.create(http, "POST /issue", () -> {
            creates.incrementAndGet();
            throw new OutcomeUnknownException("answer lost");
        }, () -> Optional.of("DEMO-1"));

        assertThat(key).isEqualTo("DEMO-1");
        assertThat(creates).hasValue(1);
    }

    @Test
    void createsAgainOnlyAfterTheLookUpFoundNothing() {
        AtomicInteger creates = new AtomicInteger();
        AtomicInteger lookUps = new AtomicInteger();

        String key = CreateOnce.create(http, "POST /issue", () -> {
            if (creates.incrementAndGet() == 1) throw new OutcomeUnknownException("503");
            return "DEMO-2";
        }, () -> {
            lookUps.incrementAndGet();
            return Optional.empty();
        });

        assertThat(key).isEqualTo("DEMO-2");
        assertThat(creates).hasValue(2);
        assertThat(lookUps).hasValue(1);
        assertThat(waits).hasSize(1);
    }

    @Test
    void givesUpWithTheUnknownOutcomeAfterTheClientsAttempts() {
        AtomicInteger creates = new AtomicInteger();

        assertThatThrownBy(() -> CreateOnce.create(http, "POST /issue", () -> {
            creates.incrementAndGet();
            throw new OutcomeUnknownException("still lost");
        }, Optional::empty)).isInstanceOf(OutcomeUnknownException.class).hasMessage("still lost");
        assertThat(creates).hasValue(3);
    }

    @Test
    void looksUpALostAnswerOnlyAfterTheSettleTime() {
        TrackerHttp settling = TrackerHttp.builder("GitHub", "http://127.0.0.1:9").settleAfterLostAnswer(java.time.Duration.ofSeconds(7))
                .sleeper(d -> waits.add("slept " + d)).build();
        List<String> order = waits;

        String key = CreateOnce.create(settling, "POST /issues", () -> {
            throw new OutcomeUnknownException("timed out", new java.net.http.HttpTimeoutException("timeout"));
        }, () -> {
            order.add("looked up");
            return Optional.of("12");
        });

        assertThat(key).isEqualTo("12");
        assertThat(order).containsExactly("slept PT7S", "looked up");
    }
}
