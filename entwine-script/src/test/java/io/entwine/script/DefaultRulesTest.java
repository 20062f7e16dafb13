package io.entwine.script;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultRulesTest {
    // the same people on both trackers: different account ids, same e-mail
    private static final HubUser ANN_JIRA = new HubUser("5b10ac8d82e05b22cc7d4ef5", null, "ann@example.com", "Ann Lee", true);
    private static final HubUser ANN_GH = new HubUser("annlee", "annlee", "ann@example.com", "Ann Lee", true);
    private static final HubUser BO_JIRA = new HubUser("5b10ac8d82e05b22cc7d4ef6", null, "bo@example.com", "Bo Chen", true);
    private static final HubUser BO_GH = new HubUser("bochen", "bochen", "bo@example.com", "Bo Chen", true);
    private static final HubUser STRANGER_GH = new HubUser("drive-by", "drive-by", null, "drive-by", true);

    private static final RuleEngine engine = new RuleEngine(RuleEngineSettings.defaults());
    private final LookupConnector jira = LookupConnector.jira().user(ANN_JIRA).user(BO_JIRA);
    private final LookupConnector github = LookupConnector.github().user(ANN_GH).user(BO_GH);

    @AfterAll
    static void close() {
        engine.close();
    }

    private HubIssue send(String kind, HubIssue local, LookupConnector connector) {
        CompiledRule rule = engine.compile(kind + " outgoing", DefaultRules.outgoing(kind));
        return engine.runOutgoing(rule, new OutgoingInput(local, Rules.services(connector))).replica();
    }

    private IncomingResult receive(String kind, HubIssue replica, HubIssue previous, HubIssue local, boolean firstSync,
                                   LookupConnector connector) {
        CompiledRule rule = engine.compile(kind + " incoming", DefaultRules.incoming(kind));
        return engine.runIncoming(rule, new IncomingInput(replica, previous, local, firstSync,
                "https://remote.example/1", Map.of(), Rules.services(connector)));
    }

    private IncomingResult create(String kind, HubIssue replica, String project, LookupConnector connector) {
        HubIssue blank = new HubIssue();
        blank.setProjectKey(project);
        return receive(kind, replica, new HubIssue(), blank, true, connector);
    }

    private static HubComment comment(String id, String body, HubUser author) {
        return new HubComment(id, body, author, Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-20T09:00:00Z"));
    }

    private static HubIssue jiraIssue() {
        HubIssue i = new HubIssue();
        i.setId("10042");
        i.setKey("DEMO-42");
        i.setProject(new HubProject("DEMO", "Demo"));
        i.setType(new HubIssueType("10001", "Bug"));
        i.setSummary("Checkout fails with a 500");
        i.setDescription("Steps:\n\n1. add to cart\n2. pay");
        i.setStatus(new HubStatus("3", "In Progress"));
        i.setPriority(new HubPriority("2", "High"));
        i.setLabels(List.of("checkout", "customer"));
        i.setAssignee(ANN_JIRA);
        i.setReporter(BO_JIRA);
        i.setComments(List.of(comment("20001", "Reproduced on staging.", BO_JIRA)));
        return i;
    }

    private static HubIssue githubIssue() {
        HubIssue i = new HubIssue();
        i.setId("I_kwDOAbc123");
        i.setKey("17");
        i.setProject(new HubProject("acme/shop", "shop"));
        i.setSummary("Dark mode toggle ignored");
        i.setDescription("The toggle does nothing on **Safari**.");
        i.setStatus(new HubStatus("open", "open"));
        i.setLabels(List.of("ui", "Priority: High"));
        i.setAssignees(List.of(ANN_GH));
        i.setAssignee(ANN_GH);
        i.setReporter(BO_GH);
        i.setComments(List.of(comment("1001", "Same on Firefox.", BO_GH)));
        return i;
    }

    @Test
    void anUnknownKindIsRefusedWithTheKnownKinds() {
        assertThatThrownBy(() -> DefaultRules.incoming("gitlab"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no default incoming rules for connector kind 'gitlab'; known kinds: jira-cloud, github");
    }

    @Test
    void jiraOutgoingSendsEveryDefaultField() {
        HubIssue replica = send("jira-cloud", jiraIssue(), jira);
        assertThat(replica.getKey()).isEqualTo("DEMO-42");
        assertThat(replica.getSummary()).isEqualTo("Checkout fails with a 500");
        assertThat(replica.getDescription()).isEqualTo("Steps:\n\n1. add to cart\n2. pay");
        assertThat(replica.getType().name()).isEqualTo("Bug");
        assertThat(replica.getStatus().name()).isEqualTo("In Progress");
        assertThat(replica.getPriority().name()).isEqualTo("High");
        assertThat(replica.getLabels()).extracting(HubLabel::label).containsExactly("checkout", "customer");
        assertThat(replica.getAssignee()).isEqualTo(ANN_JIRA);
        assertThat(replica.getReporter()).isEqualTo(BO_JIRA);
        assertThat(replica.getComments()).extracting(HubComment::getBody).containsExactly("Reproduced on staging.");
    }

    @Test
    void aJiraIssueBecomesAGitHubIssue() {
        HubIssue replica = send("jira-cloud", jiraIssue(), jira);
        IncomingResult result = create("github", replica, "acme/shop", github);
        HubIssue gh = result.issue();

        assertThat(result.skipped()).isFalse();
        assertThat(gh.getProjectKey()).isEqualTo("acme/shop");
        assertThat(gh.getSummary()).isEqualTo("Checkout fails with a 500");
        assertThat(gh.getDescription()).isEqualTo("Steps:\n\n1. add to cart\n2. pay");
        assertThat(gh.getLabels()).extracting(HubLabel::label).containsExactly("checkout", "customer", "priority: High");
        assertThat(gh.getStatus().name()).isEqualTo("open");
        assertThat(gh.getAssignees()).containsExactly(ANN_GH);
        assertThat(gh.getAssignee()).isEqualTo(ANN_GH);
        assertThat(gh.getComments()).singleElement().satisfies(c -> {
            assertThat(c.getRemoteId()).isEqualTo("20001");
            assertThat(c.getBody()).isEqualTo("**Bo Chen** commented:\n\nReproduced on staging.");
        });
    }

    @Test
    void gitHubOutgoingTurnsThePriorityLabelIntoThePriority() {
        HubIssue replica = send("github", githubIssue(), github);
        assertThat(replica.getKey()).isEqualTo("17");
        assertThat(replica.getSummary()).isEqualTo("Dark mode toggle ignored");
        assertThat(replica.getDescription()).isEqualTo("The toggle does nothing on **Safari**.");
        assertThat(replica.getStatus().name()).isEqualTo("open");
        assertThat(replica.getPriority().name()).isEqualTo("High");
        assertThat(replica.getLabels()).extracting(HubLabel::label).containsExactly("ui");
        assertThat(replica.getAssignees()).containsExactly(ANN_GH);
        assertThat(replica.getAssignee()).isEqualTo(ANN_GH);
        assertThat(replica.getReporter()).isEqualTo(BO_GH);
        assertThat(replica.getType()).isNull();
        assertThat(replica.getComments()).extracting(HubComment::getId).containsExactly("1001");
    }

    @Test
    void aGitHubIssueBecomesAJiraTask() {
        HubIssue replica = send("github", githubIssue(), github);
        IncomingResult result = create("jira-cloud", replica, "DEMO", jira);
        HubIssue j = result.issue();

        assertThat(result.skipped()).isFalse();
        assertThat(j.getProjectKey()).isEqualTo("DEMO");
        assertThat(j.getType().name()).isEqualTo("Task");
        assertThat(j.getSummary()).isEqualTo("Dark mode toggle ignored");
        assertThat(j.getDescription()).isEqualTo("The toggle does nothing on **Safari**.");
        assertThat(j.getLabels()).extracting(HubLabel::label).containsExactly("ui");
        assertThat(j.getPriority()).isEqualTo(new HubPriority("5", "High"));
        assertThat(j.getAssignee()).isEqualTo(ANN_JIRA);
        assertThat(j.getStatus()).as("a new open GitHub issue starts in Jira's initial status").isNull();
        assertThat(j.getComments()).singleElement()
                .satisfies(c -> assertThat(c.getBody()).isEqualTo("**Bo Chen** commented:\n\nSame on Firefox."));
    }

    @Test
    void firstSyncKeepsAKnownJiraTypeAndFallsBackToTask() {
        HubIssue bug = jiraIssue();
        assertThat(create("jira-cloud", send("jira-cloud", bug, jira), "OPS", jira).issue().getType())
                .isEqualTo(new HubIssueType("10", "Bug"));
        HubIssue saga = jiraIssue();
        saga.setType("Saga");
        assertThat(create("jira-cloud", send("jira-cloud", saga, jira), "OPS", jira).issue().getTypeName()).isEqualTo("Task");
        assertThat(jira.lookups).contains("type:Bug@OPS");
    }

    @Test
    void theTypeIsOnlySetOnFirstSync() {
        HubIssue local = jiraIssue();
        local.setType("Story");
        HubIssue replica = send("jira-cloud", jiraIssue(), jira);
        receive("jira-cloud", replica, new HubIssue(), local, false, jira);
        assertThat(local.getTypeName()).isEqualTo("Story");
    }

    @Test
    void thePriorityLabelSurvivesARoundTrip() {
        HubIssue original = githubIssue();
        HubIssue jiraTwin = create("jira-cloud", send("github", original, github), "DEMO", jira).issue();
        jiraTwin.setKey("DEMO-7");

        HubIssue githubTwin = githubIssue();
        receive("github", send("jira-cloud", jiraTwin, jira), new HubIssue(), githubTwin, false, github);
        assertThat(githubTwin.getLabels()).extracting(HubLabel::label).containsExactly("ui", "priority: High");

        jiraTwin.setPriority(new HubPriority("6", "Low"));
        receive("github", send("jira-cloud", jiraTwin, jira), new HubIssue(), githubTwin, false, github);
        assertThat(githubTwin.getLabels()).extracting(HubLabel::label).containsExactly("ui", "priority: Low");
    }

    @Test
    void anUnknownPriorityKeepsTheLocalOne() {
        HubIssue local = jiraIssue();
        HubIssue replica = send("github", githubIssue(), github);
        replica.setPriority("P0 - drop everything");
        receive("jira-cloud", replica, new HubIssue(), local, false, jira);
        assertThat(local.getPriority()).isEqualTo(new HubPriority("2", "High"));
    }

    @ParameterizedTest(name = "GitHub {0} with Jira {1} -> {2}")
    @CsvSource({
            "closed,      In Progress, Done",
            "closed,      To Do,       Done",
            "open,        Done,        To Do",
            "open,        In Progress, In Progress",
            "open,        To Do,       To Do",
            "In Progress, To Do,       In Progress",
            "done,        To Do,       Done",
            "Waiting,     In Progress, In Progress",
    })
    void jiraIncomingMapsTheRemoteStatus(String remote, String localBefore, String expected) {
        HubIssue local = jiraIssue();
        local.setStatus(localBefore);
        HubIssue replica = send("github", githubIssue(), github);
        replica.setStatus(remote);
        receive("jira-cloud", replica, new HubIssue(), local, false, jira);
        assertThat(local.getStatus().name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Jira {0} -> GitHub {1}")
    @CsvSource({
            "Done,        closed",
            "Closed,      closed",
            "Resolved,    closed",
            "closed,      closed",
            "To Do,       open",
            "In Progress, open",
            "Backlog,     open",
    })
    void gitHubIncomingMapsTheRemoteStatus(String remote, String expected) {
        HubIssue local = githubIssue();
        local.setStatus(expected.equals("open") ? "closed" : "open");
        HubIssue replica = send("jira-cloud", jiraIssue(), jira);
        replica.setStatus(remote);
        receive("github", replica, new HubIssue(), local, false, github);
        assertThat(local.getStatus().name()).isEqualTo(expected);
    }

    @Test
    void gitHubIncomingKeepsTheStateWhenNoStatusIsSent() {
        HubIssue local = githubIssue();
        local.setStatus("closed");
        HubIssue replica = send("jira-cloud", jiraIssue(), jira);
        replica.setStatus(null);
        receive("github", replica, new HubIssue(), local, false, github);
        assertThat(local.getStatus().name()).isEqualTo("closed");
    }

    @Test
    void anUnmappedAssigneeKeepsTheLocalJiraAssignee() {
        HubIssue local = jiraIssue();
        HubIssue gh = githubIssue();
        gh.setAssignees(List.of(STRANGER_GH));
        gh.setAssignee(STRANGER_GH);
        receive("jira-cloud", send("github", gh, github), new HubIssue(), local, false, jira);
        assertThat(local.getAssignee()).isEqualTo(ANN_JIRA);

        gh.setAssignees(List.of(BO_GH));
        gh.setAssignee(BO_GH);
        receive("jira-cloud", send("github", gh, github), new HubIssue(), local, false, jira);
        assertThat(local.getAssignee()).isEqualTo(BO_JIRA);

        gh.setAssignees(List.of());
        gh.setAssignee(null);
        receive("jira-cloud", send("github", gh, github), new HubIssue(), local, false, jira);
        assertThat(local.getAssignee()).isNull();
    }

    @Test
    void anUnmappedAssigneeKeepsTheLocalGitHubAssignees() {
        HubIssue local = githubIssue();
        HubIssue j = jiraIssue();
        j.setAssignee(new HubUser("5b10ac8d82e05b22cc7d4ef7", null, "contractor@elsewhere.example", "Contractor", true));
        receive("github", send("jira-cloud", j, jira), new HubIssue(), local, false, github);
        assertThat(local.getAssignees()).containsExactly(ANN_GH);

        j.setAssignee(BO_JIRA);
        receive("github", send("jira-cloud", j, jira), new HubIssue(), local, false, github);
        assertThat(local.getAssignees()).containsExactly(BO_GH);
        assertThat(local.getAssignee()).isEqualTo(BO_GH);

        j.setAssignee(null);
        receive("github", send("jira-cloud", j, jira), new HubIssue(), local, false, github);
        assertThat(local.getAssignees()).isEmpty();
        assertThat(local.getAssignee()).isNull();
    }

    @Test
    void commentEditsAndDeletionsFlowThroughTheDefaultRules() {
        HubIssue jiraSide = jiraIssue();
        jiraSide.setComments(List.of(comment("20001", "Reproduced on staging.", BO_JIRA), comment("20002", "Fix deployed.", ANN_JIRA)));
        HubIssue previous = send("jira-cloud", jiraSide, jira);

        HubIssue githubSide = githubIssue();
        githubSide.setComments(List.of(
                comment("1001", "Same on Firefox.", BO_GH),
                comment("1002", "**Bo Chen** commented:\n\nReproduced on staging.", STRANGER_GH),
                comment("1003", "**Ann Lee** commented:\n\nFix deployed.", STRANGER_GH)));

        jiraSide.setComments(List.of(comment("20001", "Reproduced on staging and prod.", BO_JIRA)));
        HubIssue replica = send("jira-cloud", jiraSide, jira);
        engine.runIncoming(engine.compile("github incoming", DefaultRules.incoming("github")),
                new IncomingInput(replica, previous, githubSide, false, null, Map.of("20001", "1002", "20002", "1003"),
                        Rules.services(github)));

        assertThat(githubSide.getComments()).extracting(HubComment::getId, HubComment::getBody).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1001", "Same on Firefox."),
                org.assertj.core.groups.Tuple.tuple("1002", "**Bo Chen** commented:\n\nReproduced on staging and prod."));
    }

    @Test
    void jiraSendsItsAttachmentsWithWhereEachOpensInJira() {
        HubIssue j = jiraIssue();
        j.setAttachments(List.of(new HubAttachment("30001", "crash log.txt", "text/plain", 12L, "ab".repeat(32))));

        HubIssue replica = send("jira-cloud", j, jira);

        assertThat(replica.getAttachments()).extracting(HubAttachment::getId, HubAttachment::getContentHash)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("30001", "ab".repeat(32)));
        assertThat(replica.getCustomKeys().get("attachmentUrls"))
                .isEqualTo(Map.of("30001", "https://jira-cloud.example/secure/attachment/30001/crash%20log.txt"));
    }

    @Test
    void githubTurnsEachRemoteAttachmentIntoOneLinkCommentThatIsNeverSentBackAndGoesWithTheFile() {
        HubIssue j = jiraIssue();
        j.setComments(List.of());
        j.setAttachments(List.of(new HubAttachment("30001", "trace.txt", "text/plain", 12L, "ab".repeat(32))));
        HubIssue local = githubIssue();
        local.setComments(List.of());

        receive("github", send("jira-cloud", j, jira), new HubIssue(), local, false, github);
        assertThat(local.getComments()).singleElement().satisfies(c -> {
            assertThat(c.getBody()).startsWith("Attachment added on the other side: [trace.txt]"
                    + "(https://jira-cloud.example/secure/attachment/30001/trace.txt) (12 bytes)");
            assertThat(c.getBody()).contains("<!-- entwine-attachment:30001 -->");
        });

        // stored by GitHub and read back: the next replica adds no second link, and the link is not sent back
        HubComment stored = comment("1009", local.getComments().get(0).getBody(), HubUser.ofKey("sync-bot"));
        local.setComments(List.of(stored));
        receive("github", send("jira-cloud", j, jira), new HubIssue(), local, false, github);
        assertThat(local.getComments()).extracting(HubComment::getId).containsExactly("1009");
        assertThat(send("github", local, github).getComments()).isEmpty();

        j.setAttachments(List.of());
        receive("github", send("jira-cloud", j, jira), new HubIssue(), local, false, github);
        assertThat(local.getComments()).isEmpty();
    }
}
