package io.entwine.emulator.github;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One repository with its labels, issues (and pull requests), comments, hooks and collaborators. */
final class Repo {
    final long id;
    final Account owner;
    final String name;
    final Instant created;
    final Map<String, Label> labels = new LinkedHashMap<>();
    final TreeMap<Integer, Issue> issues = new TreeMap<>();
    final TreeMap<Long, Comment> comments = new TreeMap<>();
    final TreeMap<Long, Hook> hooks = new TreeMap<>();
    final Set<Account> collaborators = new LinkedHashSet<>();
    /** Collaborators with push but without admin rights (everyone else is an admin, as in a small team). */
    final Set<Account> nonAdmins = new LinkedHashSet<>();
    Instant updated;
    private int lastNumber;

    Repo(long id, Account owner, String name, Instant created) {
        this.id = id;
        this.owner = owner;
        this.name = name;
        this.created = created;
        this.updated = created;
    }

    String fullName() {
        return owner.login + "/" + name;
    }

    int nextNumber() {
        return ++lastNumber;
    }

    Label label(String name) {
        return labels.get(name.toLowerCase(Locale.ROOT));
    }

    void putLabel(Label label) {
        labels.put(label.name.toLowerCase(Locale.ROOT), label);
    }

    Label removeLabel(String name) {
        return labels.remove(name.toLowerCase(Locale.ROOT));
    }

    /** Collaborators with push access can be assigned; the owner too when it is a user. */
    boolean isAssignable(Account account) {
        return account != null && account.isUser() && (collaborators.contains(account) || account == owner);
    }

    List<Account> assignableUsers() {
        List<Account> out = new ArrayList<>();
        if (owner.isUser()) out.add(owner);
        for (Account a : collaborators) if (!out.contains(a)) out.add(a);
        return out;
    }

    /** Issues that still exist (deleted ones answer 410 and never appear in lists). */
    List<Issue> liveIssues() {
        return issues.values().stream().filter(i -> !i.deleted).toList();
    }

    /** Only admins may manage hooks; GitHub answers 404 to anyone else. */
    boolean isAdmin(Account account) {
        return account == owner || (collaborators.contains(account) && !nonAdmins.contains(account));
    }

    String authorAssociation(Account account) {
        if (account == owner) return "OWNER";
        if (collaborators.contains(account)) return "COLLABORATOR";
        return "NONE";
    }
}
