package io.entwine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    @Test
    void standsStillUntilMoved() {
        ManualClock clock = new ManualClock();
        assertThat(clock.instant()).isEqualTo(ManualClock.DEFAULT_START);
        assertThat(clock.instant()).isEqualTo(clock.instant());
    }

    @Test
    void advancesAndJumps() {
        ManualClock clock = new ManualClock(Instant.parse("2031-05-06T07:08:09Z"));
        assertThat(clock.advance(Duration.ofSeconds(90))).isEqualTo(Instant.parse("2031-05-06T07:09:39Z"));
        clock.set(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(clock.millis()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli());
    }

    @Test
    void sharesItsTimeWithZonedViews() {
        ManualClock clock = new ManualClock();
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
        clock.advance(Duration.ofHours(1));
        assertThat(paris.instant()).isEqualTo(clock.instant());
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Z"));
    }
}
