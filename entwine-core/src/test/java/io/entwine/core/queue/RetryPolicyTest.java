package io.entwine.core.queue;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void delaysGrowExponentiallyWithJitterAndStayUnderTheCap() {
        for (int attempt = 1; attempt <= 40; attempt++) {
            long ceiling = Math.min(60_000, 1000L << Math.min(attempt - 1, 30));
            for (int i = 0; i < 200; i++) {
                long ms = policy.delay(attempt).toMillis();
                assertThat(ms).as("attempt %d", attempt).isBetween(ceiling / 2, ceiling);
            }
        }
    }
}
