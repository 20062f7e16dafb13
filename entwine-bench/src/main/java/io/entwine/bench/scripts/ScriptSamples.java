package io.entwine.bench.scripts;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.script.DefaultRules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The scripts and issues the script benchmarks use: the default rules of each connector kind, one script of the
 * dry-run corpus (an Exalate outgoing script ported unchanged, the largest of the corpus), and issues shaped like
 * real ones (a page of description, labels, people, and {@value #COMMENTS} comments by two authors). The people
 * are the offline directory's, so the incoming rules' user look-ups find them. Immutable.
 */
final class ScriptSamples {
    static final int COMMENTS = 8;
    static final String CORPUS_SCRIPT = "corpus-exalate-outgoing-with-vendor-classes";

    private static final Instant CREATED = Instant.parse("2026-11-02T08:30:00Z");
    private static final HubUser ALICE_JIRA = new HubUser("da2695e95456fe8cf33f743c", null, "alice@example.com", "Alice Able", true);
    private static final HubUser BOB_JIRA = new HubUser("cd2d922f09761806dc954b99", null, "bob@example.com", "Bob Baker", true);
    private static final HubUser ALICE_GH = new HubUser("alice", "alice", "alice@example.com", "Alice Able", true);
    private static final HubUser BOB_GH = new HubUser("bob", "bob", "bob@example.com", "Bob Baker", true);

    private ScriptSamples() {
    }

    /** The text of a benchmarked script: {@code <kind>-<direction>} of the default rules, or {@link #CORPUS_SCRIPT}. */
    static String script(String name) {
        if (name.equals(CORPUS_SCRIPT)) return resource(name + ".groovy");
        int dash = name.lastIndexOf('-');
        String kind = name.substring(0, dash);
        return switch (name.substring(dash + 1)) {
            case "outgoing" -> DefaultRules.outgoing(kind);
            case "incoming" -> DefaultRules.incoming(kind);
            default -> throw new IllegalArgumentException("no benchmarked script '" + name + "'");
        };
    }

    /** A Jira issue in progress: bug, high priority, assigned, with {@link #COMMENTS} comments. */
    static HubIssue jiraIssue() {
        HubIssue i = new HubIssue();
        i.setId("10042");
        i.setKey("DEMO-42");
        i.setProject(new HubProject("DEMO", "Demo"));
        i.setType(new HubIssueType("10002", "Bug"));
        i.setSummary("Checkout fails with a 500 when the cart holds a gift card");
        i.setDescription(description());
        i.setStatus(new HubStatus("3", "In Progress"));
        i.setPriority(new HubPriority("2", "High"));
        i.setLabels(List.of("checkout", "customer", "payments"));
        i.setAssignee(ALICE_JIRA);
        i.setReporter(BOB_JIRA);
        i.setCreated(CREATED);
        i.setUpdated(CREATED.plusSeconds(86_400));
        i.setComments(comments("2000", ALICE_JIRA, BOB_JIRA));
        return i;
    }

    /** An open GitHub issue with a priority label, two assignees and {@link #COMMENTS} comments. */
    static HubIssue githubIssue() {
        HubIssue i = new HubIssue();
        i.setId("I_kwDOAbc123");
        i.setKey("17");
        i.setProject(new HubProject("acme/shop", "shop"));
        i.setSummary("Dark mode toggle ignored on Safari");
        i.setDescription(description());
        i.setStatus(new HubStatus("open", "open"));
        i.setLabels(List.of("ui", "bug", "Priority: High"));
        i.setAssignees(List.of(ALICE_GH, BOB_GH));
        i.setAssignee(ALICE_GH);
        i.setReporter(BOB_GH);
        i.setCreated(CREATED);
        i.setUpdated(CREATED.plusSeconds(86_400));
        i.setComments(comments("1000", ALICE_GH, BOB_GH));
        return i;
    }

    private static List<HubComment> comments(String idPrefix, HubUser a, HubUser b) {
        List<HubComment> comments = new ArrayList<>();
        for (int n = 1; n <= COMMENTS; n++) {
            Instant at = CREATED.plusSeconds(3_600L * n);
            comments.add(new HubComment(idPrefix + n, "Comment " + n + ": reproduced on staging with build 4." + n
                    + ".\n\nLogs attached; the gateway answers `502` after 30 s.", n % 2 == 0 ? a : b, at, at));
        }
        return comments;
    }

    private static String description() {
        return "Steps to reproduce:\n\n1. add a gift card to the cart\n2. add any other item\n3. pay with a saved card\n\n"
                + "Expected: the order is placed.\nActual: HTTP 500, and the card is charged twice.\n\n"
                + "Seen by three customers since Monday; see the support tickets linked below.";
    }

    private static String resource(String name) {
        try (InputStream in = ScriptSamples.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing benchmark resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
