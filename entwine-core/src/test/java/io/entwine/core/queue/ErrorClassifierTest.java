package io.entwine.core.queue;

import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.RateLimitedException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.store.errorlog.ErrorLevel;
import io.entwine.store.queue.EventKind;
import io.entwine.store.queue.EventStatus;
import io.entwine.store.queue.SyncEvent;
import io.entwine.transport.errors.PeerRejectedException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorClassifierTest {
    private final Instant now = Instant.parse("2026-11-23T12:00:00Z");
    private final ErrorClassifier classifier = new ErrorClassifier(Clock.fixed(now, ZoneOffset.UTC),
            new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5)));

    private SyncEvent event(int attempts) {
        return new SyncEvent(1, "c", 2, EventKind.SEND, EventStatus.RUNNING, "{}", "m", attempts, now, "w", now, null, now, now);
    }

    @Test
    void transientFailuresAreRetriedLaterAtInstanceLevel() {
        Disposition d = classifier.classify(event(3), new RetriableSyncException("peer down"));
        assertThat(d.action()).isEqualTo(Disposition.Action.RETRY);
        assertThat(d.level()).isEqualTo(ErrorLevel.INSTANCE);
        assertThat(d.retryAt()).isBetween(now.plusSeconds(2), now.plusSeconds(4));
        assertThat(d.message()).startsWith("peer down; will be retried at 12:00:0");
    }

    @Test
    void aTransientFailureIsLoggedAsOneErrorWhateverTheAttempt() {
        Disposition second = classifier.classify(event(2), new RetriableSyncException("tracker unreachable"));
        Disposition fifth = classifier.classify(event(5), new RetriableSyncException("tracker unreachable"));

        assertThat(second.message()).isNotEqualTo(fifth.message());
        assertThat(second.errorMessage()).isEqualTo(fifth.errorMessage())
                .isEqualTo("tracker unreachable; retried automatically with growing delays");
    }

    @Test
    void rateLimitsWaitAtLeastRetryAfter() {
        Disposition d = classifier.classify(event(1), new RateLimitedException("slow down", Duration.ofSeconds(90)));
        assertThat(d.action()).isEqualTo(Disposition.Action.RETRY);
        assertThat(d.retryAt()).isEqualTo(now.plusSeconds(90));
        assertThat(d.message()).isEqualTo("slow down; rate limited, will be retried at 12:01:30 UTC");
    }

    @Test
    void aChildWaitingForItsParentHoldsOnlyItsTwinAndSaysItResumesByItself() {
        Disposition d = classifier.classify(event(1), new io.entwine.core.actions.ParentNotSyncedException("7", "8"));
        assertThat(d.action()).isEqualTo(Disposition.Action.HOLD);
        assertThat(d.level()).isEqualTo(ErrorLevel.ENTITY);
        assertThat(d.message()).startsWith("parent 7 not synced yet").contains("automatically").doesNotContain("admin");
    }

    @Test
    void refusedWritesHoldOnlyTheTwin() {
        Disposition d = classifier.classify(event(1), new EntityException("Jira refused PUT /issue/X (400): bad field"));
        assertThat(d.action()).isEqualTo(Disposition.Action.HOLD);
        assertThat(d.level()).isEqualTo(ErrorLevel.ENTITY);
    }

    @Test
    void peerRejectionsAndBadSettingsAreConnectionErrors() {
        assertThat(classifier.classify(event(1), new PeerRejectedException("http://peer", "m", 401, "signature mismatch")).level())
                .isEqualTo(ErrorLevel.CONNECTION);
        assertThat(classifier.classify(event(1), new ConfigException("credentials rejected")).level()).isEqualTo(ErrorLevel.CONNECTION);
    }

    @Test
    void anythingElseIsADefectAtNodeLevel() {
        Disposition d = classifier.classify(event(1), new NullPointerException("boom"));
        assertThat(d.action()).isEqualTo(Disposition.Action.HOLD);
        assertThat(d.level()).isEqualTo(ErrorLevel.NODE);
        assertThat(d.message()).contains("a defect in Entwine").contains("boom");
    }

    @Test
    void aLostClaimIsDroppedSilently() {
        assertThat(classifier.classify(event(1), new LostClaimException("taken")).action()).isEqualTo(Disposition.Action.DROP);
    }
}
