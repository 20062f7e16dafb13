package io.entwine.it;

import io.entwine.emulator.core.faults.Fault;
import io.entwine.testkit.faults.FaultSchedule;
import io.entwine.testkit.faults.ProxyAction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A fault mode of the fault runs: how to turn it on (from a seed, at an intensity that scales its probabilities),
 * how the nodes repair what it loses (periodic polling, or one sweep once healed), and the nodes' settings.
 *
 * <p>While the trackers rate-limit, each node talks to its tracker from one thread only (one worker, no periodic
 * sweep): threads of one node do not share a Retry-After yet ({@code FaultFindingsIT}), so with several the
 * "never while a Retry-After is in force" check would fail for that known reason rather than test the rest.
 */
record FaultScenario(String name, Duration pollInterval, boolean sweepOnceHealed, Map<String, String> nodeSettings,
                     Consumer<FaultTopology> inject) {
    static final Duration NO_POLLING = Duration.ofHours(1);
    /** Periodic sweeps, to repair lost webhooks while other faults go on. */
    static final Duration POLLING = Duration.ofSeconds(2);
    static final Map<String, String> ONE_WORKER = Map.of("sync.workers", "1");

    @Override
    public String toString() {
        return name;
    }

    /** Each fault mode on its own, then all of them at once; {@code intensity} 1 is the default run's. */
    static List<FaultScenario> all(long seed, double intensity) {
        List<FaultScenario> all = new ArrayList<>(List.of(
                new FaultScenario("no faults", NO_POLLING, false, Map.of(), f -> { }),
                proxy("messages dropped", seed, ProxyAction.DROP, 0.3 * intensity),
                proxy("answers lost", seed, ProxyAction.DROP_ANSWER, 0.3 * intensity),
                proxy("messages duplicated", seed, ProxyAction.DUPLICATE, 0.4 * intensity),
                proxy("messages delayed", seed, ProxyAction.DELAY, 0.5 * intensity),
                proxy("messages reordered", seed, ProxyAction.REORDER, 0.4 * intensity),
                proxy("connections reset", seed, ProxyAction.RESET, 0.3 * intensity),
                trackers("trackers rate-limit", seed, 0.08 * intensity, Fault.rateLimited(Duration.ofSeconds(1)), ONE_WORKER),
                trackers("trackers answer 5xx", seed, 0.15 * intensity, Fault.serverError(503), Map.of()),
                trackers("trackers answer slowly", seed, 0.3 * intensity, Fault.slow(Duration.ofMillis(300)), Map.of()),
                new FaultScenario("webhooks dropped", POLLING, false, Map.of(), f -> {
                    f.jira().webhooks().setDropAll(true);
                    f.github().webhooks().setDropAll(true);
                }),
                new FaultScenario("seeded mix", NO_POLLING, true, ONE_WORKER, f -> mix(f, seed, intensity))));
        all.removeIf(s -> !s.name().contains(System.getProperty("entwine.faults.scenario", "")));
        return all;
    }

    /** The trackers hold a few requests past the connectors' 30 s timeout (unapplied): for long runs only. */
    static FaultScenario timeouts(long seed) {
        return new FaultScenario("trackers time out", NO_POLLING, false, Map.of(), f -> {
            f.jira().faults().seed(seed).next(1, Fault.timeout(Duration.ofSeconds(31)));
            f.github().faults().seed(seed + 1).next(2, Fault.timeout(Duration.ofSeconds(31)));
        });
    }

    private static FaultScenario proxy(String name, long seed, ProxyAction action, double probability) {
        return new FaultScenario(name, NO_POLLING, false, Map.of(), f -> {
            f.toJiraNode.schedule(FaultSchedule.random(seed).with(action, Math.min(0.9, probability)));
            f.toGithubNode.schedule(FaultSchedule.random(seed + 1).with(action, Math.min(0.9, probability)));
        });
    }

    private static FaultScenario trackers(String name, long seed, double probability, Fault fault, Map<String, String> settings) {
        return new FaultScenario(name, NO_POLLING, false, settings, f -> {
            f.jira().faults().seed(seed).withProbability(Math.min(0.9, probability), fault);
            f.github().faults().seed(seed + 1).withProbability(Math.min(0.9, probability), fault);
        });
    }

    /** Every fault at once, at lower rates: both proxies, both trackers, and a few lost webhooks. */
    static void mix(FaultTopology f, long seed, double intensity) {
        networkMix(f, seed, intensity);
        trackerMix(f, seed, intensity);
        f.jira().webhooks().dropNext((int) Math.round(4 * intensity));
        f.github().webhooks().dropNext((int) Math.round(4 * intensity));
    }

    /** The mix's faults between the nodes: each proxy action at 5% (times the intensity, at most 10%). */
    static void networkMix(FaultTopology f, long seed, double intensity) {
        double p = mixProbability(intensity);
        long proxySeed = seed;
        for (var proxy : List.of(f.toJiraNode, f.toGithubNode)) {
            proxy.schedule(FaultSchedule.random(proxySeed++).with(ProxyAction.DROP, p).with(ProxyAction.DROP_ANSWER, p)
                    .with(ProxyAction.DUPLICATE, p).with(ProxyAction.DELAY, p).with(ProxyAction.REORDER, p)
                    .with(ProxyAction.RESET, p));
        }
    }

    /** The mix's tracker faults: 429 at 4%, 502 and slow answers at 5% each (times the intensity). */
    static void trackerMix(FaultTopology f, long seed, double intensity) {
        double p = mixProbability(intensity);
        long trackerSeed = seed;
        for (var tracker : List.of(f.jira().faults(), f.github().faults())) {
            tracker.seed(trackerSeed++).withProbability(0.8 * p, Fault.rateLimited(Duration.ofSeconds(1)))
                    .withProbability(p, Fault.serverError(502)).withProbability(p, Fault.slow(Duration.ofMillis(250)));
        }
    }

    private static double mixProbability(double intensity) {
        return Math.min(0.1, 0.05 * intensity);
    }
}
