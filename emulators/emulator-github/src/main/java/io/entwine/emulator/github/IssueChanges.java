package io.entwine.emulator.github;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The state changes of issues with their side effects as GitHub performs them: {@code updated_at} bumps,
 * labels created on first use, assignee validation, close/reopen bookkeeping and the {@code issues}
 * webhook events (opened, edited, closed, reopened, deleted, labeled, unlabeled, assigned, unassigned).
 * Runs under the world lock.
 */
final class IssueChanges {
    static final String CREATE_DOCS = "https://docs.github.com/rest/issues/issues#create-an-issue";
    static final String UPDATE_DOCS = "https://docs.github.com/rest/issues/issues#update-an-issue";
    private static final Set<String> CLOSE_REASONS = Set.of("completed", "not_planned", "duplicate");

    private final GitHubWorld world;
    private final WebhookPublisher webhooks;
    private final Representations json;
    /** Events of the change in progress, published once {@code updated_at} is bumped (payloads show the new time). */
    private final List<Runnable> pending = new ArrayList<>();

    IssueChanges(GitHubWorld world, WebhookPublisher webhooks, Representations json) {
        this.world = world;
        this.webhooks = webhooks;
        this.json = json;
    }

    Issue create(Repo repo, Account actor, String title, String body, List<String> labels, List<String> assignees,
                 boolean pullRequest) {
        if (title == null || title.isBlank()) throw ApiError.validation("Issue", "title", "missing_field", null, CREATE_DOCS);
        List<Account> people = assignable(repo, assignees, CREATE_DOCS);
        Issue issue = world.newIssue(repo, actor, pullRequest);
        issue.title = title;
        issue.body = body;
        for (String name : distinct(labels)) issue.labels.add(world.labelOrCreate(repo, name));
        issue.assignees.addAll(people);
        repo.updated = issue.created;
        webhooks.issueEvent(repo, issue, "opened", actor, p -> { });
        for (Label label : issue.labels) webhooks.issueEvent(repo, issue, "labeled", actor, p -> p.set("label", json.label(repo, label)));
        for (Account a : issue.assignees) webhooks.issueEvent(repo, issue, "assigned", actor, p -> p.set("assignee", json.simpleUser(a)));
        return issue;
    }

    void update(Repo repo, Issue issue, Account actor, IssuePatch patch) {
        if (patch.state() != null && !patch.state().equals("open") && !patch.state().equals("closed")) {
            throw ApiError.validation("Issue", "state", "invalid", patch.state(), UPDATE_DOCS);
        }
        if (patch.stateReason() != null && !CLOSE_REASONS.contains(patch.stateReason()) && !patch.stateReason().equals("reopened")) {
            throw ApiError.validation("Issue", "state_reason", "invalid", patch.stateReason(), UPDATE_DOCS);
        }
        List<Account> people = patch.assignees() == null ? null : assignable(repo, patch.assignees(), UPDATE_DOCS);

        ObjectNode changes = Representations.MAPPER.createObjectNode();
        if (patch.title() != null && !patch.title().equals(issue.title)) {
            if (patch.title().isBlank()) throw ApiError.validation("Issue", "title", "missing_field", null, UPDATE_DOCS);
            changes.putObject("title").put("from", issue.title);
            issue.title = patch.title();
        }
        if (patch.bodySent() && !Objects.equals(patch.body(), issue.body)) {
            changes.putObject("body").put("from", issue.body);
            issue.body = patch.body();
        }
        if (!changes.isEmpty()) event(repo, issue, "edited", actor, p -> p.set("changes", changes));
        if (patch.labels() != null) setLabels(repo, issue, actor, patch.labels());
        if (people != null) setAssignees(repo, issue, actor, people);
        boolean stateChanged = patch.state() != null && changeState(repo, issue, actor, patch.state(), patch.stateReason());
        finish(repo, issue, stateChanged);
    }

    /** Replaces ({@code replace}) or extends the labels; unknown names become repository labels. */
    void applyLabels(Repo repo, Issue issue, Account actor, List<String> names, boolean replace) {
        if (replace) {
            setLabels(repo, issue, actor, names);
        } else {
            for (String name : distinct(names)) addLabel(repo, issue, actor, world.labelOrCreate(repo, name));
        }
        finish(repo, issue, false);
    }

    void removeLabel(Repo repo, Issue issue, Account actor, Label label) {
        dropLabel(repo, issue, actor, label);
        finish(repo, issue, false);
    }

    /** Adds ({@code add}) or removes assignees; logins that cannot be assigned are ignored, as GitHub does here. */
    void applyAssignees(Repo repo, Issue issue, Account actor, List<String> logins, boolean add) {
        for (String login : distinct(logins)) {
            Account account = world.account(login);
            if (account == null) continue;
            if (add && repo.isAssignable(account)) assign(repo, issue, actor, account);
            if (!add) unassign(repo, issue, actor, account);
        }
        finish(repo, issue, false);
    }

    private void setLabels(Repo repo, Issue issue, Account actor, List<String> names) {
        List<Label> wanted = new ArrayList<>();
        for (String name : distinct(names)) wanted.add(world.labelOrCreate(repo, name));
        for (Label old : List.copyOf(issue.labels)) if (!wanted.contains(old)) dropLabel(repo, issue, actor, old);
        for (Label label : wanted) addLabel(repo, issue, actor, label);
    }

    private void addLabel(Repo repo, Issue issue, Account actor, Label label) {
        if (issue.labels.contains(label)) return;
        issue.labels.add(label);
        event(repo, issue, "labeled", actor, p -> p.set("label", json.label(repo, label)));
    }

    private void dropLabel(Repo repo, Issue issue, Account actor, Label label) {
        if (issue.labels.remove(label)) event(repo, issue, "unlabeled", actor, p -> p.set("label", json.label(repo, label)));
    }

    private void setAssignees(Repo repo, Issue issue, Account actor, List<Account> people) {
        for (Account old : List.copyOf(issue.assignees)) if (!people.contains(old)) unassign(repo, issue, actor, old);
        for (Account a : people) assign(repo, issue, actor, a);
    }

    /** GitHub allows at most ten assignees per issue and drops the rest silently. */
    private void assign(Repo repo, Issue issue, Account actor, Account assignee) {
        if (issue.assignees.contains(assignee) || issue.assignees.size() >= 10) return;
        issue.assignees.add(assignee);
        event(repo, issue, "assigned", actor, p -> p.set("assignee", json.simpleUser(assignee)));
    }

    private void unassign(Repo repo, Issue issue, Account actor, Account assignee) {
        if (issue.assignees.remove(assignee)) event(repo, issue, "unassigned", actor, p -> p.set("assignee", json.simpleUser(assignee)));
    }

    /** Deletion as an admin does it in the UI (the REST API has no issue delete); later reads answer 410. */
    void delete(Repo repo, Issue issue, Account actor) {
        issue.deleted = true;
        repo.comments.values().removeIf(c -> c.issue == issue);
        webhooks.issueEvent(repo, issue, "deleted", actor, p -> { });
    }

    /** Bumps {@code updated_at} (the comment count changed, a field changed) and publishes the pending events. */
    void bump(Repo repo, Issue issue) {
        issue.updated = world.now();
        repo.updated = issue.updated;
    }

    private void event(Repo repo, Issue issue, String action, Account actor, Consumer<ObjectNode> extras) {
        pending.add(() -> webhooks.issueEvent(repo, issue, action, actor, extras));
    }

    private void finish(Repo repo, Issue issue, boolean changed) {
        if (changed || !pending.isEmpty()) bump(repo, issue);
        List<Runnable> events = List.copyOf(pending);
        pending.clear();
        events.forEach(Runnable::run);
    }

    private boolean changeState(Repo repo, Issue issue, Account actor, String state, String reason) {
        if (state.equals("closed")) {
            String newReason = reason != null && CLOSE_REASONS.contains(reason) ? reason : "completed";
            if (!issue.isOpen()) {
                if (reason == null || newReason.equals(issue.stateReason)) return false;
                issue.stateReason = newReason;
                return true;
            }
            issue.state = "closed";
            issue.stateReason = newReason;
            issue.closedAt = world.now();
            issue.closedBy = actor;
            event(repo, issue, "closed", actor, p -> { });
            return true;
        }
        if (issue.isOpen()) return false;
        issue.state = "open";
        issue.stateReason = "reopened";
        issue.closedAt = null;
        issue.closedBy = null;
        event(repo, issue, "reopened", actor, p -> { });
        return true;
    }

    private List<Account> assignable(Repo repo, List<String> logins, String docs) {
        List<Account> out = new ArrayList<>();
        for (String login : distinct(logins)) {
            Account account = world.account(login);
            if (!repo.isAssignable(account)) throw ApiError.validation("Issue", "assignees", "invalid", login, docs);
            if (!out.contains(account)) out.add(account);
        }
        return out;
    }

    private static List<String> distinct(List<String> names) {
        List<String> out = new ArrayList<>();
        if (names == null) return out;
        for (String n : names) {
            if (n == null || n.isBlank()) continue;
            if (out.stream().noneMatch(o -> o.equalsIgnoreCase(n.trim()))) out.add(n.trim());
        }
        return out;
    }
}
