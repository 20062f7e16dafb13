package io.entwine.it;

import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The crash run: rounds of concurrent work on both trackers, each with a SIGKILL of one node (now and then both) at
 * a seeded moment — while people edit, or afterwards while the nodes still sync the backlog — and a restart on the
 * same data directory after a seeded down time. After each round the run waits until the trackers hold exactly
 * what the people left (every field of every twin pair, every comment once, no issue twice, none missing) and
 * both queues are empty, and measures how long that took after the restart. Any difference still there after
 * {@code convergeWithin} fails the run with the seed, the differences and the process logs. Duplicates are taken
 * out of the comparison and reported by {@link CrashDuplicates}, so the run goes on and counts them.
 */
final class CrashRun {
    private static final Logger log = LoggerFactory.getLogger(CrashRun.class);

    /** How much work a run does. */
    record Size(int kills, int baseIssuesPerSide, int actionsPerSide, int createsPerSide, Duration window, boolean deletes) {
    }

    private final CrashTopology t;
    private final long seed;
    private final Size size;
    private final CrashWorkload work;
    private final CrashReport report;
    private final CrashDuplicates duplicates;
    private final ScheduledExecutorService jiraDesk = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "alice-in-jira"));
    private final ScheduledExecutorService githubDesk = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "bob-on-github"));
    private final ScheduledExecutorService operator = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kill-9-operator"));

    CrashRun(CrashTopology t, long seed, Size size) {
        this.t = t;
        this.seed = seed;
        this.size = size;
        this.work = new CrashWorkload(t, size.deletes());
        this.report = new CrashReport(seed);
        this.duplicates = new CrashDuplicates(t);
    }

    /** Runs every round; returns what was measured. Fails (AssertionError) on the first round that does not converge. */
    CrashReport run(Duration convergeWithin) {
        try {
            Random random = new Random(seed);
            work.baseIssues(size.baseIssuesPerSide());
            awaitConverged("initial sync", convergeWithin);
            int round = 0;
            while (report.kills() < size.kills()) {
                round++;
                round(round, random, convergeWithin);
            }
            t.nodes().forEach(n -> report.failedEvents(n.name(), n.failed()));
            report.work(work.actions(), work.created(ExpectedIssue.Side.JIRA), work.created(ExpectedIssue.Side.GITHUB), work.comments());
            report.duplicates(duplicates.found());
            log.info("CRASH RUN {}", report);
            return report;
        } finally {
            jiraDesk.shutdownNow();
            githubDesk.shutdownNow();
            operator.shutdownNow();
        }
    }

    private void round(int round, Random random, Duration convergeWithin) {
        long start = System.nanoTime();
        CompletableFuture<Void> people = work.round(random, jiraDesk, githubDesk, size.actionsPerSide(), size.createsPerSide(), size.window());
        long killAt = (long) (random.nextDouble() * size.window().toMillis() * 1.4);
        long downFor = (long) (random.nextDouble() * 1500);
        double pick = random.nextDouble();
        List<CrashNode> victims = pick < 0.1 ? t.nodes() : List.of(pick < 0.55 ? t.jiraNode : t.githubNode);
        List<String> killed = new ArrayList<>();
        var kill = operator.schedule(() -> {
            for (CrashNode victim : victims) {
                long pid = victim.pid();
                duplicates.killed(victim.name(), java.time.Instant.now());
                victim.kill();
                killed.add(victim.name() + " (pid " + pid + ")");
            }
        }, killAt, TimeUnit.MILLISECONDS);
        var restart = operator.schedule(() -> victims.stream().map(CrashNode::start).toList(), killAt + downFor, TimeUnit.MILLISECONDS);
        List<Duration> startTimes;
        try {
            kill.get(2, TimeUnit.MINUTES);
            startTimes = restart.get(3, TimeUnit.MINUTES);
            people.get(3, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError("round " + round + " (seed " + seed + ") broke down: " + e + "\n" + t.logs(), e);
        }
        Duration converged = awaitConverged("round " + round, convergeWithin);
        report.round(killed, startTimes, converged);
        log.info("crash round {}: killed {} at +{} ms, down {} ms, restarted in {}, converged {} ms after restart and work"
                        + " ({} ms round); {} issues, {} actions so far", round, killed, killAt, downFor,
                startTimes.stream().map(d -> d.toMillis() + " ms").toList(), converged.toMillis(),
                Duration.ofNanos(System.nanoTime() - start).toMillis(), work.issues().size(), work.actions());
    }

    /** Waits until both trackers hold what the people left and both nodes are quiet; returns how long it took. */
    private Duration awaitConverged(String what, Duration within) {
        long begin = System.nanoTime();
        List<String> last = new ArrayList<>(List.of("not checked yet"));
        try {
            await(what + " converges").atMost(within).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> differences(last).isEmpty() && t.jiraNode.idle() && t.githubNode.idle());
        } catch (ConditionTimeoutException e) {
            CrashReport.Findings findings = CrashReport.Findings.of(last);
            throw new AssertionError(what + " (seed " + seed + ", replay with -Dentwine.crash.seed=" + seed + ") did not converge within "
                    + within + ": " + findings.summary() + "; differences:\n  " + String.join("\n  ", last) + "\nduplicates found so far: "
                    + duplicates.found() + "\n" + queues() + "\n" + t.logs(), e);
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private List<String> differences(List<String> last) {
        TrackerSnapshot jira = TrackerSnapshot.of(t.jira);
        TrackerSnapshot github = TrackerSnapshot.of(t.github);
        duplicates.absorb(jira, github);
        work.learnKeys(jira, github);
        List<String> differences = Convergence.differences(work.issues(), jira, github);
        last.clear();
        last.addAll(differences);
        return differences;
    }

    private String queues() {
        StringBuilder out = new StringBuilder("node health:");
        for (CrashNode n : t.nodes()) {
            try {
                out.append("\n  ").append(n.name()).append(": ").append(n.health());
            } catch (RuntimeException e) {
                out.append("\n  ").append(n.name()).append(": unreachable (").append(e.getMessage()).append(')');
            }
        }
        return out.toString();
    }
}
