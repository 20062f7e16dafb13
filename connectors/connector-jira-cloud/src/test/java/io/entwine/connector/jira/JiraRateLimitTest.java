package io.entwine.connector.jira;

import io.entwine.api.replica.HubIssue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class JiraRateLimitTest {
    private final JiraFixture f = new JiraFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void waitsOutJirasRetryAfterAndCarriesOn() {
        f.started();
        f.jira.setRateLimit(2);

        for (int i = 0; i < 3; i++) {
            HubIssue draft = new HubIssue();
            draft.setSummary("issue " + i);
            f.connector.read(f.connector.create(draft).key());
        }

        assertThat(f.waits).isNotEmpty().allSatisfy(w -> assertThat(w).isEqualTo(Duration.ofSeconds(1)));
        assertThat(f.jira.journal().matching(e -> e.status() == 429)).hasSize(f.waits.size());
        assertThat(f.jira.issueCount()).isEqualTo(3);
    }
}
