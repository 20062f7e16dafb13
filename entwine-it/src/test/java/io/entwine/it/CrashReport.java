package io.entwine.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a crash run measured: kills survived, start-up and convergence times after each restart, the work done. */
final class CrashReport {
    private final long seed;
    private final List<String> killed = new ArrayList<>();
    private final List<Duration> startTimes = new ArrayList<>();
    private final List<Duration> convergence = new ArrayList<>();
    private final Map<String, Long> failedEvents = new LinkedHashMap<>();
    private List<CrashDuplicates.Duplicate> duplicates = List.of();
    private int rounds;
    private long actions;
    private long jiraIssues;
    private long githubIssues;
    private long comments;

    CrashReport(long seed) {
        this.seed = seed;
    }

    synchronized void round(List<String> victims, List<Duration> starts, Duration converged) {
        rounds++;
        killed.addAll(victims);
        startTimes.addAll(starts);
        convergence.add(converged);
    }

    synchronized void work(long actions, long jiraIssues, long githubIssues, long comments) {
        this.actions = actions;
        this.jiraIssues = jiraIssues;
        this.githubIssues = githubIssues;
        this.comments = comments;
    }

    synchronized void duplicates(List<CrashDuplicates.Duplicate> found) {
        duplicates = List.copyOf(found);
    }

    synchronized List<CrashDuplicates.Duplicate> duplicates() {
        return duplicates;
    }

    synchronized void failedEvents(String node, long failed) {
        failedEvents.put(node, failed);
    }

    synchronized int kills() {
        return killed.size();
    }

    synchronized long failedEventsTotal() {
        return failedEvents.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public synchronized String toString() {
        return String.format("seed %d: %d kills survived in %d rounds (jira-node %d, github-node %d); restart to serving %s;"
                        + " convergence after restart and work %s; %d actions by people (%d issues created in Jira, %d on GitHub,"
                        + " %d comments); 0 lost; %d duplicated %s; failed events %s",
                seed, killed.size(), rounds, killed.stream().filter(k -> k.startsWith("jira")).count(),
                killed.stream().filter(k -> k.startsWith("github")).count(), stats(startTimes), stats(convergence),
                actions, jiraIssues, githubIssues, comments, duplicates.size(), duplicates, failedEvents);
    }

    /** min / median / max in milliseconds. */
    static String stats(List<Duration> values) {
        if (values.isEmpty()) return "n/a";
        List<Long> ms = values.stream().map(Duration::toMillis).sorted().toList();
        long median = ms.size() % 2 == 1 ? ms.get(ms.size() / 2) : (ms.get(ms.size() / 2 - 1) + ms.get(ms.size() / 2)) / 2;
        return String.format("min %d / median %d / max %d ms", ms.get(0), median, ms.get(ms.size() - 1));
    }

    /** The differences of a run that did not converge, sorted into duplicates, losses and the rest. */
    record Findings(List<String> duplicates, List<String> losses, List<String> other) {
        private static final Pattern ISSUES = Pattern.compile(" holds (\\d+) issues for ");
        private static final Pattern COMMENT = Pattern.compile(" holds comment \\S+ (\\d+) times");

        static Findings of(List<String> differences) {
            List<String> duplicates = new ArrayList<>();
            List<String> losses = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (String d : differences) {
                Matcher issues = ISSUES.matcher(d);
                Matcher comment = COMMENT.matcher(d);
                int n = issues.find() ? Integer.parseInt(issues.group(1)) : comment.find() ? Integer.parseInt(comment.group(1)) : -1;
                if (n > 1) duplicates.add(d);
                else if (n == 0) losses.add(d);
                else other.add(d);
            }
            return new Findings(duplicates, losses, other);
        }

        String summary() {
            return duplicates.size() + " duplicated, " + losses.size() + " missing, " + other.size() + " other differences";
        }
    }
}
