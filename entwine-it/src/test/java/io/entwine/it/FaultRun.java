package io.entwine.it;

import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One fault run, the same for every fault mode: twin a few issues, turn the faults on, let both people work at
 * once, give the sync a while to cope under the faults, heal, and then demand convergence (every field and
 * comment as the people left it, on both sides), exactly-once effects (no duplicate issue or comment, each
 * counted on the emulators) and respected rate limits (no request while a Retry-After was in force).
 */
final class FaultRun {
    private static final Logger log = LoggerFactory.getLogger(FaultRun.class);

    /** How big a run is: issues twinned before the faults, then per side edits and creations during them. */
    record Size(int baseIssuesPerSide, int actionsPerSide, int createsPerSide, Workload.Twins twins) {
    }

    /** What a run measured. */
    record Result(String name, long seed, Duration converged, Duration faultPhase, String injected) {
        @Override
        public String toString() {
            return String.format("%-22s seed %-14d converged %6d ms after the work (faults on for %5d ms); injected: %s",
                    name, seed, converged.toMillis(), faultPhase.toMillis(), injected);
        }
    }

    private FaultRun() {
    }

    /**
     * Runs the scenario on {@code f}; {@code inject} turns the faults on; they stay on for at most {@code faultPhase}
     * after the work (less if the sync converges sooner), then everything heals and convergence must follow
     * within {@code convergeWithin}.
     */
    static Result run(String name, long seed, FaultTopology f, Size size, Consumer<FaultTopology> inject,
                      Duration faultPhase, Duration convergeWithin) {
        return run(name, seed, f, size, inject, false, faultPhase, convergeWithin);
    }

    /**
     * As {@link #run(String, long, FaultTopology, Size, Consumer, Duration, Duration)}; with {@code sweepOnceHealed}
     * both nodes sweep their tracker once everything healed and no Retry-After is in force any more, as the next
     * periodic sweep would (for scenarios that lose webhooks without periodic polling).
     */
    static Result run(String name, long seed, FaultTopology f, Size size, Consumer<FaultTopology> inject,
                      boolean sweepOnceHealed, Duration faultPhase, Duration convergeWithin) {
        Workload work = new Workload(f.t, seed, size.twins());
        work.baseIssues(size.baseIssuesPerSide());

        inject.accept(f);
        work.runConcurrently(size.actionsPerSide(), size.createsPerSide());
        long workDone = System.nanoTime();
        List<String> last = new ArrayList<>();
        try {
            await("convergence under faults").atMost(faultPhase).pollInterval(Duration.ofMillis(300))
                    .until(() -> converged(f, work, last));
        } catch (ConditionTimeoutException stillDiverging) {
            // expected for harsh faults: healing comes next
        }
        long healed = System.nanoTime();
        f.heal();
        if (sweepOnceHealed) {
            await("Retry-After elapsed").atMost(Duration.ofSeconds(30))
                    .until(() -> !f.jira().faults().retryAfterInForce() && !f.github().faults().retryAfterInForce());
            f.t.jiraNode().node().pollNow();
            f.t.githubNode().node().pollNow();
        }
        try {
            await("convergence after healing").atMost(convergeWithin).pollInterval(Duration.ofMillis(300))
                    .until(() -> converged(f, work, last));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(name + " (seed " + seed + ") did not converge within " + convergeWithin
                    + " of healing; injected " + f.injected() + "; differences:\n  " + String.join("\n  ", last), e);
        }
        Duration converged = Duration.ofNanos(System.nanoTime() - workDone);
        Duration faultsOn = Duration.ofNanos(Math.min(healed, System.nanoTime()) - workDone);

        f.t.awaitQuiet();
        List<ExpectedIssue> expected = work.issues();
        assertThat(differences(f, work)).as("%s (seed %d): differences once quiet", name, seed).isEmpty();
        assertThat(Convergence.writesOnce("Jira", f.jira().journal(), FaultTopology.JIRA_NODE_AUTH, expected, ExpectedIssue.Side.GITHUB))
                .as("%s (seed %d): exactly-once writes on Jira", name, seed).isEmpty();
        assertThat(Convergence.writesOnce("GitHub", f.github().journal(), FaultTopology.GITHUB_NODE_AUTH, expected, ExpectedIssue.Side.JIRA))
                .as("%s (seed %d): exactly-once writes on GitHub", name, seed).isEmpty();
        assertThat(f.jira().issueCount()).as("issues on the Jira emulator").isEqualTo(expected.size());
        assertThat(f.github().issueCount()).as("issues on the GitHub emulator").isEqualTo(expected.size());
        assertThat(sentAfterTold(f.jira().faults().earlyRequests())).as("%s (seed %d): requests to Jira while a Retry-After was in force", name, seed).isEmpty();
        assertThat(sentAfterTold(f.github().faults().earlyRequests())).as("%s (seed %d): requests to GitHub while a Retry-After was in force", name, seed).isEmpty();

        Result result = new Result(name, seed, converged, faultsOn, f.injected() + ", Retry-After waits told jira "
                + f.jira().faults().retryAfterWaits() + " github " + f.github().faults().retryAfterWaits());
        log.info("FAULT RUN {}", result);
        return result;
    }

    private static boolean converged(FaultTopology f, Workload work, List<String> last) {
        List<String> differences = differences(f, work);
        last.clear();
        last.addAll(differences);
        return differences.isEmpty();
    }

    private static List<String> differences(FaultTopology f, Workload work) {
        return Convergence.differences(work.issues(), TrackerSnapshot.of(f.t.jira), TrackerSnapshot.of(f.t.github));
    }

    /** Requests already on the wire when the 429 was answered cannot be recalled; any later one ignored the wait. */
    static final Duration IN_FLIGHT = Duration.ofMillis(100);

    private static List<io.entwine.emulator.core.faults.EarlyRequest> sentAfterTold(List<io.entwine.emulator.core.faults.EarlyRequest> early) {
        return early.stream().filter(e -> e.sinceTold().compareTo(IN_FLIGHT) > 0).toList();
    }
}
