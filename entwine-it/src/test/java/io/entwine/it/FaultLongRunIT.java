package io.entwine.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fault runs longer, harsher and with fresh seeds: every fault mode of {@link FaultInjectionIT} plus trackers
 * holding requests past the connectors' timeout, with more issues and more work per run. Off by default; switch
 * on with {@code -Dentwine.faults.long=true}. Options (system properties):
 * <ul>
 *   <li>{@code entwine.faults.seed=N}: replay one seed (printed with every run and every failure);</li>
 *   <li>{@code entwine.faults.seeds=3}: how many random seeds otherwise;</li>
 *   <li>{@code entwine.faults.intensity=1.5}: scales the fault probabilities of the default run;</li>
 *   <li>{@code entwine.faults.sharedTwins=true}: both people edit the same twins (fails until the engine keeps an
 *       unsent local edit out of the baseline, see {@code FaultFindingsIT});</li>
 *   <li>{@code entwine.faults.scenario=text}: only scenarios whose name contains the text.</li>
 * </ul>
 */
@EnabledIfSystemProperty(named = "entwine.faults.long", matches = "true")
class FaultLongRunIT {
    private static final Logger log = LoggerFactory.getLogger(FaultLongRunIT.class);
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
        log.info("LONG FAULT RUNS:\n  {}", String.join("\n  ", RESULTS.stream().map(Object::toString).toList()));
    }

    static List<Arguments> runs() {
        double intensity = Double.parseDouble(System.getProperty("entwine.faults.intensity", "1.5"));
        List<Long> seeds = new ArrayList<>();
        String replay = System.getProperty("entwine.faults.seed");
        if (replay != null && !replay.isBlank()) {
            seeds.add(Long.parseLong(replay.trim()));
        } else {
            SecureRandom random = new SecureRandom();
            int count = Integer.parseInt(System.getProperty("entwine.faults.seeds", "3"));
            for (int i = 0; i < count; i++) seeds.add(random.nextLong() & 0xffff_ffffL);
        }
        log.info("long fault runs with seeds {} at intensity {}", seeds, intensity);
        List<Arguments> runs = new ArrayList<>();
        for (long seed : seeds) {
            List<FaultScenario> scenarios = new ArrayList<>(FaultScenario.all(seed, intensity));
            if ("trackers time out".contains(System.getProperty("entwine.faults.scenario", ""))) scenarios.add(FaultScenario.timeouts(seed));
            for (FaultScenario scenario : scenarios) runs.add(Arguments.of(scenario, seed));
        }
        return runs;
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("runs")
    void convergesWithExactlyOnceEffectsAndRespectedRateLimits(FaultScenario scenario, long seed) {
        Workload.Twins twins = Boolean.getBoolean("entwine.faults.sharedTwins") ? Workload.Twins.SHARED : Workload.Twins.SEPARATE;
        f = FaultTopology.start(dataDir, scenario.pollInterval(), scenario.nodeSettings());
        RESULTS.add(FaultRun.run(scenario.name(), seed, f, new FaultRun.Size(5, 40, 4, twins), scenario.inject(),
                scenario.sweepOnceHealed(), Duration.ofSeconds(20), Duration.ofSeconds(120)));
    }
}
