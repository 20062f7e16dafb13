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
}
