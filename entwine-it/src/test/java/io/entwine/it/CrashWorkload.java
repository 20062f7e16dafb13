package io.entwine.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * People at work on both trackers while the nodes are being killed, from a seed. Alice in Jira edits summaries,
 * priorities and labels; Bob on GitHub edits descriptions and assignees; both create issues and add and edit
 * (optionally also delete) their own comments. They work on every issue either of them has, spread over a time
 * window, so their edits land before, during and after a kill. The trackers run in processes of their own and
 * never go down. Every action is recorded in the {@link ExpectedIssue}s the convergence check compares with.
 */
final class CrashWorkload {
    private static final List<String> PRIORITIES = List.of("Highest", "High", "Medium", "Low", "Lowest");
    private static final List<String> LABELS = List.of("alpha", "beta", "gamma");
    private static final List<String> LOGINS = List.of("alice", "bob", "carol");

    private final CrashTopology t;
    private final boolean deletes;
    private final List<ExpectedIssue> issues = new CopyOnWriteArrayList<>();
    private final AtomicInteger issueTokens = new AtomicInteger();
    private final AtomicInteger commentTokens = new AtomicInteger();
    private final AtomicInteger versions = new AtomicInteger();
    private final AtomicLong actions = new AtomicLong();

    /**
     * {@code deletes}: whether people also delete comments. Off by default: a comment deletion is seen only through
     * its webhook (neither tracker's search shows it), so one lost while the node is down stays undone until the
     * issue changes again — the missing reconciliation sweep of DESIGN invariant 1, not a crash-recovery defect.
     */
    CrashWorkload(CrashTopology t, boolean deletes) {
        this.t = t;
        this.deletes = deletes;
    }

    List<ExpectedIssue> issues() {
        return List.copyOf(issues);
    }

    /** Every person's action so far (creations, field edits, comment additions, edits, deletions). */
    long actions() {
        return actions.get();
    }

    /** Issues created during the run (base issues included), per side. */
    long created(ExpectedIssue.Side side) {
        return issues.stream().filter(i -> i.createdOn == side).count();
    }

    long comments() {
        return issues.stream().mapToLong(i -> i.comments.size()).sum();
    }

    /** Creates {@code perSide} issues on each side (their twins' keys are learnt by {@link #learnKeys}). */
    void baseIssues(int perSide) {
        for (int i = 0; i < perSide; i++) createInJira();
        for (int i = 0; i < perSide; i++) createOnGithub();
    }

    /** Records the twins' keys the sync made, read from the trackers by token; false while some twin is missing. */
    boolean learnKeys(TrackerSnapshot jira, TrackerSnapshot github) {
        boolean all = true;
        for (ExpectedIssue issue : issues) {
            if (issue.jiraKey == null) issue.jiraKey = single(jira, issue.token);
            if (issue.githubNumber == null) issue.githubNumber = single(github, issue.token);
            all &= issue.jiraKey != null && issue.githubNumber != null;
        }
        return all;
    }

    private static String single(TrackerSnapshot side, String token) {
        List<TrackerSnapshot.Issue> found = side.byToken.getOrDefault(token, List.of());
        return found.size() == 1 ? found.get(0).key() : null;
    }

    /**
     * One round of work: {@code actionsPerSide} actions by each person (of which {@code createsPerSide} creations),
     * each at a seeded moment within {@code window}; each person's actions run in order on their own desk (a
     * single-thread scheduler). The future completes when both are done.
     */
    CompletableFuture<Void> round(Random random, ScheduledExecutorService jiraDesk, ScheduledExecutorService githubDesk,
                                  int actionsPerSide, int createsPerSide, Duration window) {
        List<ExpectedIssue> twinned = issues.stream().filter(i -> i.jiraKey != null && i.githubNumber != null).toList();
        CompletableFuture<Void> jira = schedule(jiraDesk, random, actionsPerSide, createsPerSide, window,
                new ArrayList<>(twinned), ExpectedIssue.Side.JIRA, random.nextLong());
        CompletableFuture<Void> github = schedule(githubDesk, random, actionsPerSide, createsPerSide, window,
                new ArrayList<>(twinned), ExpectedIssue.Side.GITHUB, random.nextLong());
        return CompletableFuture.allOf(jira, github);
    }

    private CompletableFuture<Void> schedule(ScheduledExecutorService desk, Random plan, int actions, int creates, Duration window,
                                             List<ExpectedIssue> mine, ExpectedIssue.Side side, long seed) {
        Random random = new Random(seed);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            long at = (long) (plan.nextDouble() * window.toMillis());
            boolean create = i < creates;
            CompletableFuture<Void> step = new CompletableFuture<>();
            desk.schedule(() -> {
                try {
                    if (create) mine.add(side == ExpectedIssue.Side.JIRA ? createInJira() : createOnGithub());
                    else if (side == ExpectedIssue.Side.JIRA) jiraAction(random, mine);
                    else githubAction(random, mine);
                    if (!create) this.actions.incrementAndGet();
                    step.complete(null);
                } catch (RuntimeException e) {
                    step.completeExceptionally(e);
                }
            }, at, TimeUnit.MILLISECONDS);
            done.add(step);
        }
        return CompletableFuture.allOf(done.toArray(CompletableFuture[]::new));
    }

    private void jiraAction(Random random, List<ExpectedIssue> mine) {
        List<ExpectedIssue> editable = mine.stream().filter(i -> i.jiraKey != null).toList();
        ExpectedIssue issue = editable.get(random.nextInt(editable.size()));
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

    private void githubAction(Random random, List<ExpectedIssue> mine) {
        List<ExpectedIssue> editable = mine.stream().filter(i -> i.githubNumber != null).toList();
        ExpectedIssue issue = editable.get(random.nextInt(editable.size()));
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

    /** Adds a comment or edits one of this side's live comments, or (with deletions on) now and then deletes one. */
    private void commentWork(Random random, ExpectedIssue issue, ExpectedIssue.Side side) {
        List<ExpectedIssue.Comment> own = issue.liveComments().stream().filter(c -> c.side == side).toList();
        int choice = own.isEmpty() ? 0 : random.nextInt(deletes ? 5 : 4);
        if (choice <= 1) {
            String token = String.format("cmt%04dx", commentTokens.incrementAndGet());
            String text = token + " v0";
            String id = side == ExpectedIssue.Side.JIRA ? t.jira.comment(issue.jiraKey, text) : t.github.comment(issue.githubNumber, text);
            issue.comments.put(token, new ExpectedIssue.Comment(token, side, id, text));
        } else if (choice <= 3) {
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
        actions.incrementAndGet();
        return issue;
    }

    private ExpectedIssue createOnGithub() {
        String token = String.format("iss%04dx", issueTokens.incrementAndGet());
        ExpectedIssue issue = new ExpectedIssue(token, ExpectedIssue.Side.GITHUB, token + " created on GitHub", token + " text 0");
        issue.githubNumber = t.github.create(issue.summary, issue.description, "priority: " + issue.priority);
        issues.add(issue);
        actions.incrementAndGet();
        return issue;
    }
}
