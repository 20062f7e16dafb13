package io.entwine.core.detect;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeIntakeDedupTest {
    private final Instant ms = Instant.parse("2026-11-23T10:00:00.250Z");
    private final Instant whole = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void olderNoticesAreSkippedFromEitherSource() {
        assertThat(ChangeIntake.isSeen(ms, ms.minusMillis(1), ChangeSource.POLL)).isTrue();
        assertThat(ChangeIntake.isSeen(ms, ms.minusMillis(1), ChangeSource.WEBHOOK)).isTrue();
    }

    @Test
    void newerNoticesAndFirstNoticesAreQueued() {
        assertThat(ChangeIntake.isSeen(ms, ms.plusMillis(1), ChangeSource.POLL)).isFalse();
        assertThat(ChangeIntake.isSeen(null, ms, ChangeSource.POLL)).isFalse();
        assertThat(ChangeIntake.isSeen(ms, null, ChangeSource.WEBHOOK)).isFalse();
    }

    @Test
    void anEqualPreciseTimestampFromThePollIsTheSameChange() {
        assertThat(ChangeIntake.isSeen(ms, ms, ChangeSource.POLL)).isTrue();
    }

    @Test
    void anEqualWholeSecondTimestampMayHideASecondChangeSoItIsQueuedAgain() {
        assertThat(ChangeIntake.isSeen(whole, whole, ChangeSource.POLL)).isFalse();
    }

    @Test
    void webhooksWithAnEqualTimestampAreAlwaysQueued() {
        assertThat(ChangeIntake.isSeen(ms, ms, ChangeSource.WEBHOOK)).isFalse();
        assertThat(ChangeIntake.isSeen(whole, whole, ChangeSource.WEBHOOK)).isFalse();
    }
}
