package io.entwine.core.outgoing;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CoveredThroughTest {
    private final Instant whole = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aWholeSecondReadLaterCoversTheWholeSecond() {
        assertThat(LocalChangeHandler.coveredThrough(whole, whole.plusSeconds(3))).isEqualTo(Instant.parse("2026-11-23T10:00:00.999999999Z"));
    }

    @Test
    void aWholeSecondReadSoonAfterCoversOnlyItsTimestamp() {
        assertThat(LocalChangeHandler.coveredThrough(whole, whole.plusMillis(2_999))).isEqualTo(whole);
    }

    @Test
    void aPreciseTimestampCoversItself() {
        Instant ms = whole.plusMillis(250);
        assertThat(LocalChangeHandler.coveredThrough(ms, ms.plusSeconds(60))).isEqualTo(ms);
        assertThat(LocalChangeHandler.coveredThrough(null, whole)).isNull();
    }
}
