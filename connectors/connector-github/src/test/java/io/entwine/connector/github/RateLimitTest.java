package io.entwine.connector.github;

import io.entwine.api.errors.RateLimitedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitTest extends ConnectorFixture {

    @Test
    void waitsOutA429WithRetryAfterAndRetries() {
        issueByAlice("x");
        github.rejectNextRequests(1, 429, Duration.ofSeconds(3));

        assertThat(connector.read("1").getSummary()).isEqualTo("x");
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void waitsOutGitHubsSecondaryLimit403WithRetryAfter() {
        String key = issueByAlice("x");
        github.rejectNextRequests(2, 403, Duration.ofSeconds(2));

        connector.transition(key, "closed");

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(alice.get(ISSUES + "/1").path("state").asText()).isEqualTo("closed");
    }

    @Test
    void handsALongWaitBackToTheEngine() {
        String key = issueByAlice("x");
        github.rejectNextRequests(1, 429, Duration.ofMinutes(5));

        assertThatThrownBy(() -> connector.read(key))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(5)));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void waitsForTheResetWhenThePrimaryLimitIsSpent() {
        // the connector's start used 2 of 5 requests; a read takes 3 (issue, comments, author's profile)
        github.primaryRateLimit(5);
        issueByAlice("x");
        connector.read("1");

        assertThatThrownBy(() -> connector.read("1"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
    }
}
