package io.entwine.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Each fault mode on its own, then a seeded mix, while people edit both sides at once: the sync converges, every
 * effect happens exactly once, and rate limits are respected. Faults between the nodes come from a
 * {@link io.entwine.testkit.faults.FaultProxy} in front of each node; faults of the trackers from the emulators'
 * fault modes, scoped to the integration user. {@code -Dentwine.faults.scenario=reorder} runs the scenarios whose
 * name contains the text; longer randomized runs are {@link FaultLongRunIT}.
 */
class FaultInjectionIT {
    private static final Logger log = LoggerFactory.getLogger(FaultInjectionIT.class);
    private static final long SEED = 20_261_123L;
    private static final FaultRun.Size SIZE = new FaultRun.Size(3, 12, 1, Workload.Twins.SEPARATE);
    private static final List<FaultRun.Result> RESULTS = new CopyOnWriteArrayList<>();

    @TempDir
    Path dataDir;
    FaultTopology f;

    @AfterEach
    void stop() {
        if (f != null) f.close();
    }

    @AfterAll
    static void report() {
        log.info("FAULT RUNS:\n  {}", String.join("\n  ", RESULTS.stream().map(Object::toString).toList()));
    }

    static List<FaultScenario> scenarios() {
        return FaultScenario.all(SEED, 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void convergesWithExactlyOnceEffectsAndRespectedRateLimits(FaultScenario scenario) {
        f = FaultTopology.start(dataDir, scenario.pollInterval(), scenario.nodeSettings());
        RESULTS.add(FaultRun.run(scenario.name(), SEED, f, SIZE, scenario.inject(), scenario.sweepOnceHealed(),
                Duration.ofSeconds(8), Duration.ofSeconds(60)));
    }
}
