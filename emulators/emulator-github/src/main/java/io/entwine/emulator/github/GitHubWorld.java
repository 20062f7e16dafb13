package io.entwine.emulator.github;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All state of the emulated GitHub: accounts, tokens and repositories, plus the id sequences. Not
 * thread-safe on its own: every caller holds the world's monitor ({@code synchronized (world)}) for the
 * whole request, so one request sees and leaves a consistent state.
 */
final class GitHubWorld {
    /** GitHub's default labels of a new repository: name, colour, description. */
    private static final String[][] DEFAULT_LABELS = {
            {"bug", "d73a4a", "Something isn't working"},
            {"documentation", "0075ca", "Improvements or additions to documentation"},
            {"duplicate", "cfd3d7", "This issue or pull request already exists"},
            {"enhancement", "a2eeef", "New feature or request"},
            {"good first issue", "7057ff", "Good for newcomers"},
            {"help wanted", "008672", "Extra attention is needed"},
            {"invalid", "e4e669", "This doesn't seem right"},
            {"question", "d876e3", "Further information is requested"},
            {"wontfix", "ffffff", "This will not be worked on"}};
    /** Colours given to labels GitHub creates on the fly (an issue written with an unknown label name). */
    private static final String[] NEW_LABEL_COLORS = {"ededed", "c5def5", "bfd4f2", "d4c5f9", "f9d0c4", "fef2c0", "c2e0c6"};

    private final Clock clock;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Repo> repos = new LinkedHashMap<>();
    private long lastAccountId = 583_230;
    private long lastRepoId = 812_345_677;
    private long lastIssueId = 2_734_100_000L;
    private long lastCommentId = 3_518_400_000L;
    private long lastLabelId = 7_104_200_000L;
    private long lastHookId = 512_300_000L;

    GitHubWorld(Clock clock) {
        this.clock = clock;
    }

    /** Now at second precision: GitHub's timestamps have no fractions. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    Account addUser(String login, String email, String name) {
        Account existing = account(login);
        if (existing != null) {
            existing.email = email;
            existing.name = name;
            return existing;
        }
        Account user = new Account(++lastAccountId, login, Account.USER, name, email, now());
        accounts.put(key(login), user);
        for (Repo repo : repos.values()) repo.collaborators.add(user);
        return user;
    }

    Repo addRepository(String owner, String name) {
        Repo existing = repo(owner, name);
        if (existing != null) return existing;
        Account ownerAccount = account(owner);
        if (ownerAccount == null) {
            ownerAccount = new Account(++lastAccountId, owner, Account.ORGANIZATION, null, null, now());
            accounts.put(key(owner), ownerAccount);
        }
        Repo repo = new Repo(++lastRepoId, ownerAccount, name, now());
        for (String[] label : DEFAULT_LABELS) repo.putLabel(new Label(++lastLabelId, label[0], label[1], label[2], true));
        for (Account a : accounts.values()) if (a.isUser()) repo.collaborators.add(a);
        repos.put(key(repo.fullName()), repo);
        return repo;
    }

    void addToken(String token, String login) {
        Account user = account(login);
        if (user == null || !user.isUser()) throw new IllegalArgumentException("no user '" + login + "' to own token");
        tokens.put(token, user.login);
    }

    void removeTokensOf(String login) {
        tokens.values().removeIf(l -> l.equalsIgnoreCase(login));
    }

    /** The user a token belongs to, or null for an unknown token. */
    Account tokenUser(String token) {
        String login = tokens.get(token);
        return login == null ? null : account(login);
    }

    Account account(String login) {
        return login == null ? null : accounts.get(key(login));
    }

    Repo repo(String owner, String name) {
        return repos.get(key(owner + "/" + name));
    }

    List<Repo> repos() {
        return new ArrayList<>(repos.values());
    }

    Issue newIssue(Repo repo, Account author, boolean pullRequest) {
        Issue issue = new Issue(++lastIssueId, repo.nextNumber(), author, now(), pullRequest);
        repo.issues.put(issue.number, issue);
        return issue;
    }

    Comment newComment(Repo repo, Issue issue, Account author, String body) {
        Comment comment = new Comment(++lastCommentId, issue, author, body, now());
        repo.comments.put(comment.id, comment);
        return comment;
    }

    Label newLabel(Repo repo, String name, String color, String description) {
        String colour = color != null ? color : NEW_LABEL_COLORS[(int) (lastLabelId % NEW_LABEL_COLORS.length)];
        Label label = new Label(++lastLabelId, name, colour, description, false);
        repo.putLabel(label);
        return label;
    }

    /** The repository's label of that name, created the way GitHub does when an issue write names an unknown label. */
    Label labelOrCreate(Repo repo, String name) {
        Label label = repo.label(name);
        return label != null ? label : newLabel(repo, name, null, null);
    }

    Hook newHook(Repo repo) {
        Hook hook = new Hook(++lastHookId, now());
        repo.hooks.put(hook.id, hook);
        return hook;
    }

    int issueCount() {
        int n = 0;
        for (Repo repo : repos.values()) for (Issue i : repo.issues.values()) if (!i.pullRequest && !i.deleted) n++;
        return n;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
