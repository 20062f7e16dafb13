package io.entwine.it;

import io.entwine.emulator.core.faults.Fault;
import io.entwine.testkit.faults.FaultSchedule;
import io.entwine.testkit.faults.ProxyAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Each fault mode on its own, then a seeded mix, while people edit both sides at once: the sync converges, every
 * effect happens exactly once, and rate limits are respected. Faults between the nodes come from a
 * {@link io.entwine.testkit.faults.FaultProxy} in front of each node; faults of the trackers from the emulators'
 * fault modes, scoped to the integration user.
 */
class FaultInjectionIT {
    private static final Logger log = LoggerFactory.getLogger(FaultInjectionIT.class);
    private static final long SEED = 20_261_123L;
    private static final FaultRun.Size SIZE = new FaultRun.Size(3, 12, 1, Workload.Twins.SEPARATE);
    private static final Duration NO_POLLING = Duration.ofHours(1);
    private static final Duration POLLING = Duration.ofSeconds(2);
    private static final Map<String, String> ONE_WORKER = Map.of("sync.workers", "1");
    private static final List<FaultRun.Result> RESULTS = new CopyOnWriteArrayList<>();

    /**
     * A fault mode: how to turn it on, whether the nodes need polling to repair what it loses, and their settings
     * (one worker per node while the trackers rate-limit: several workers of one node do not share a Retry-After,
     * see {@code FaultFindingsIT}).
     */
    record Scenario(String name, Duration pollInterval, Map<String, String> nodeSettings, Consumer<FaultTopology> inject) {
        Scenario withNodeSettings(Map<String, String> settings) {
            return new Scenario(name, pollInterval, settings, inject);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path dataDir;
    FaultTopology f;

    @AfterEach
    void stop() {
        if (f != null) f.close();
    }

    @AfterAll
    static void report() {
        log.info("FAULT RUNS (seed {}):\n  {}", SEED, String.join("\n  ", RESULTS.stream().map(Object::toString).toList()));
    }

    static Stream<Scenario> scenarios() {
        String only = System.getProperty("entwine.faults.scenario", "");
        return Stream.of(
                new Scenario("no faults", NO_POLLING, Map.of(), f -> { }),
                proxy("messages dropped", ProxyAction.DROP, 0.3),
                proxy("answers lost", ProxyAction.DROP_ANSWER, 0.3),
                proxy("messages duplicated", ProxyAction.DUPLICATE, 0.4),
                proxy("messages delayed", ProxyAction.DELAY, 0.5),
                proxy("messages reordered", ProxyAction.REORDER, 0.4),
                proxy("connections reset", ProxyAction.RESET, 0.3),
                trackers("trackers rate-limit", 0.08, Fault.rateLimited(Duration.ofSeconds(1))).withNodeSettings(ONE_WORKER),
                trackers("trackers answer 5xx", 0.15, Fault.serverError(503)),
                trackers("trackers answer slowly", 0.3, Fault.slow(Duration.ofMillis(300))),
                new Scenario("webhooks dropped", POLLING, Map.of(), f -> {
                    f.jira().webhooks().setDropAll(true);
                    f.github().webhooks().setDropAll(true);
                }),
                new Scenario("seeded mix", POLLING, ONE_WORKER, FaultInjectionIT::mix))
                .filter(s -> s.name().contains(only));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void convergesWithExactlyOnceEffectsAndRespectedRateLimits(Scenario scenario) {
        f = FaultTopology.start(dataDir, scenario.pollInterval(), scenario.nodeSettings());
        RESULTS.add(FaultRun.run(scenario.name(), SEED, f, SIZE, scenario.inject(), Duration.ofSeconds(8), Duration.ofSeconds(60)));
    }

    private static Scenario proxy(String name, ProxyAction action, double probability) {
        return new Scenario(name, NO_POLLING, Map.of(), f -> {
            f.toJiraNode.schedule(FaultSchedule.random(SEED).with(action, probability));
            f.toGithubNode.schedule(FaultSchedule.random(SEED + 1).with(action, probability));
        });
    }

    private static Scenario trackers(String name, double probability, Fault fault) {
        return new Scenario(name, NO_POLLING, Map.of(), f -> {
            f.jira().faults().seed(SEED).withProbability(probability, fault);
            f.github().faults().seed(SEED + 1).withProbability(probability, fault);
        });
    }

    /** Every fault at once, at lower rates. */
    static void mix(FaultTopology f) {
        long seed = SEED;
        for (var proxy : List.of(f.toJiraNode, f.toGithubNode)) {
            proxy.schedule(FaultSchedule.random(seed++).with(ProxyAction.DROP, 0.05).with(ProxyAction.DROP_ANSWER, 0.05)
                    .with(ProxyAction.DUPLICATE, 0.05).with(ProxyAction.DELAY, 0.05).with(ProxyAction.REORDER, 0.05)
                    .with(ProxyAction.RESET, 0.05));
        }
        for (var tracker : List.of(f.jira().faults(), f.github().faults())) {
            tracker.seed(SEED).withProbability(0.04, Fault.rateLimited(Duration.ofSeconds(1)))
                    .withProbability(0.05, Fault.serverError(502)).withProbability(0.05, Fault.slow(Duration.ofMillis(250)));
        }
        f.jira().webhooks().dropNext(4);
        f.github().webhooks().dropNext(4);
    }
}
