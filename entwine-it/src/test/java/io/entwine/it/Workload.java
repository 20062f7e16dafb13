package io.entwine.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People at work on both sides at once, from a seed: Alice in Jira edits summaries, priorities and labels,
 * Bob on GitHub edits descriptions and assignees, both create issues and add, edit and delete their own comments.
 * Every action is recorded in the {@link ExpectedIssue}s so the converged state can be checked field by field.
 *
 * <p>{@link Twins#SHARED}: both people edit the same twins at the same time (different fields);
 * {@link Twins#SEPARATE}: the twinned issues are split between them, so each twin changes on one side at a time
 * while both sides are busy.
 */
final class Workload {
    /** Whether both people work on the same twins. */
    enum Twins { SHARED, SEPARATE }

    private static final List<String> PRIORITIES = List.of("Highest", "High", "Medium", "Low", "Lowest");
    private static final List<String> LABELS = List.of("alpha", "beta", "gamma");
    private static final List<String> LOGINS = List.of("alice", "bob", "carol");

    private final Topology t;
    private final long seed;
    private final Twins twins;
    private final List<ExpectedIssue> issues = new CopyOnWriteArrayList<>();
    private final AtomicInteger issueTokens = new AtomicInteger();
    private final AtomicInteger commentTokens = new AtomicInteger();
    private final AtomicInteger versions = new AtomicInteger();

    Workload(Topology t, long seed, Twins twins) {
        this.t = t;
        this.seed = seed;
        this.twins = twins;
    }

    List<ExpectedIssue> issues() {
        return List.copyOf(issues);
    }

    /** Creates {@code perSide} issues on each side and waits until every one has its twin and the nodes are quiet. */
    void baseIssues(int perSide) {
        List<ExpectedIssue> created = new ArrayList<>();
        for (int i = 0; i < perSide; i++) created.add(createInJira());
        for (int i = 0; i < perSide; i++) created.add(createOnGithub());
        for (ExpectedIssue issue : created) {
            if (issue.createdOn == ExpectedIssue.Side.JIRA) issue.githubNumber = t.awaitGithubTwin(issue.jiraKey);
            else issue.jiraKey = t.awaitJiraTwin(issue.githubNumber);
        }
        t.awaitQuiet();
    }

    /** Both people work at the same time: {@code actionsPerSide} edits each, {@code createsPerSide} new issues each. */
    void runConcurrently(int actionsPerSide, int createsPerSide) {
        List<ExpectedIssue> base = issues();
        List<ExpectedIssue> jiraBase = twins == Twins.SHARED ? base : everyOther(base, 0);
        List<ExpectedIssue> githubBase = twins == Twins.SHARED ? base : everyOther(base, 1);
        CompletableFuture<Void> jira = CompletableFuture.runAsync(() -> jiraWork(new Random(seed * 31 + 1), jiraBase, actionsPerSide, createsPerSide));
        CompletableFuture<Void> github = CompletableFuture.runAsync(() -> githubWork(new Random(seed * 31 + 2), githubBase, actionsPerSide, createsPerSide));
        CompletableFuture.allOf(jira, github).orTimeout(Duration.ofMinutes(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).join();
    }

    private void jiraWork(Random random, List<ExpectedIssue> base, int actions, int creates) {
        List<ExpectedIssue> mine = new ArrayList<>(base);
        for (int i = 0; i < actions + creates; i++) {
            if (creates > 0 && i % Math.max(1, (actions + creates) / creates) == 0 && countCreated(mine, base) < creates) {
                mine.add(createInJira());
                continue;
            }
            ExpectedIssue issue = mine.get(random.nextInt(mine.size()));
            switch (random.nextInt(6)) {
                case 0 -> {
                    issue.summary = issue.token + " summary " + versions.incrementAndGet();
                    t.jira.setSummary(issue.jiraKey, issue.summary);
                }
                case 1 -> {
                    issue.priority = PRIORITIES.get(random.nextInt(PRIORITIES.size()));
                    t.jira.setPriority(issue.jiraKey, issue.priority);
                }
                case 2 -> {
                    List<String> labels = LABELS.stream().filter(l -> random.nextBoolean()).toList();
                    issue.labels = labels;
                    t.jira.setLabels(issue.jiraKey, labels.toArray(String[]::new));
                }
                default -> commentWork(random, issue, ExpectedIssue.Side.JIRA);
            }
        }
    }

    private void githubWork(Random random, List<ExpectedIssue> base, int actions, int creates) {
        List<ExpectedIssue> mine = new ArrayList<>(base);
        for (int i = 0; i < actions + creates; i++) {
            if (creates > 0 && i % Math.max(1, (actions + creates) / creates) == 0 && countCreated(mine, base) < creates) {
                mine.add(createOnGithub());
                continue;
            }
            ExpectedIssue issue = mine.get(random.nextInt(mine.size()));
            switch (random.nextInt(5)) {
                case 0 -> {
                    issue.description = issue.token + " text " + versions.incrementAndGet();
                    t.github.setBody(issue.githubNumber, issue.description);
                }
                case 1 -> {
                    String login = LOGINS.get(random.nextInt(LOGINS.size()));
                    issue.assignee = login + "@example.com";
                    t.github.assign(issue.githubNumber, login);
                }
                default -> commentWork(random, issue, ExpectedIssue.Side.GITHUB);
            }
        }
    }

    private static List<ExpectedIssue> everyOther(List<ExpectedIssue> issues, int first) {
        List<ExpectedIssue> out = new ArrayList<>();
        for (int i = first; i < issues.size(); i += 2) out.add(issues.get(i));
        return out;
    }

    private static int countCreated(List<ExpectedIssue> mine, List<ExpectedIssue> base) {
        return mine.size() - base.size();
    }

    /** Adds a comment, or edits or deletes one of this side's live comments on the issue. */
    private void commentWork(Random random, ExpectedIssue issue, ExpectedIssue.Side side) {
        List<ExpectedIssue.Comment> own = issue.liveComments().stream().filter(c -> c.side == side).toList();
        int choice = own.isEmpty() ? 0 : random.nextInt(4);
        if (choice <= 1) {
            String token = String.format("cmt%04dx", commentTokens.incrementAndGet());
            String text = token + " v0";
            String id = side == ExpectedIssue.Side.JIRA ? t.jira.comment(issue.jiraKey, text) : t.github.comment(issue.githubNumber, text);
            issue.comments.put(token, new ExpectedIssue.Comment(token, side, id, text));
        } else if (choice == 2) {
            ExpectedIssue.Comment comment = own.get(random.nextInt(own.size()));
            comment.text = comment.token + " v" + versions.incrementAndGet();
            if (side == ExpectedIssue.Side.JIRA) t.jira.editComment(issue.jiraKey, comment.id, comment.text);
            else t.github.editComment(comment.id, comment.text);
        } else {
            ExpectedIssue.Comment comment = own.get(random.nextInt(own.size()));
            comment.deleted = true;
            if (side == ExpectedIssue.Side.JIRA) t.jira.deleteComment(issue.jiraKey, comment.id);
            else t.github.deleteComment(comment.id);
        }
    }

    private ExpectedIssue createInJira() {
        String token = String.format("iss%04dx", issueTokens.incrementAndGet());
        ExpectedIssue issue = new ExpectedIssue(token, ExpectedIssue.Side.JIRA, token + " created in Jira", token + " text 0");
        issue.jiraKey = t.jira.create(issue.summary, issue.description, issue.priority);
        issues.add(issue);
        return issue;
    }

    private ExpectedIssue createOnGithub() {
        String token = String.format("iss%04dx", issueTokens.incrementAndGet());
        ExpectedIssue issue = new ExpectedIssue(token, ExpectedIssue.Side.GITHUB, token + " created on GitHub", token + " text 0");
        issue.githubNumber = t.github.create(issue.summary, issue.description, "priority: " + issue.priority);
        issues.add(issue);
        return issue;
    }
}
