package io.entwine.core;

import java.time.Duration;

/**
 * How a node runs: worker threads, how often it polls the tracker, how long a claimed event is leased,
 * the page size of polling sweeps, how long the peers' clocks may differ, and whether the sync workers
 * start with the node (a node can start inactive and be activated by an admin).
 */
public record NodeSettings(int workers, Duration pollInterval, Duration lease, Duration idlePoll, int pageSize,
                           Duration replayWindow, Duration ruleRefresh, boolean startWorkers) {

    public static NodeSettings defaults() {
        return new NodeSettings(8, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMillis(250), 100,
                Duration.ofMinutes(5), Duration.ofSeconds(2), true);
    }

    public NodeSettings withPollInterval(Duration interval) {
        return new NodeSettings(workers, interval, lease, idlePoll, pageSize, replayWindow, ruleRefresh, startWorkers);
    }

    public NodeSettings withWorkers(int n) {
        return new NodeSettings(n, pollInterval, lease, idlePoll, pageSize, replayWindow, ruleRefresh, startWorkers);
    }

    public NodeSettings withStartWorkers(boolean start) {
        return new NodeSettings(workers, pollInterval, lease, idlePoll, pageSize, replayWindow, ruleRefresh, start);
    }
}
