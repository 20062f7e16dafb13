package io.entwine.script;

import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.script.errors.RuleException;
import io.entwine.script.errors.RuleTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleRunTest {
    // a generous budget for ordinary runs (a loaded CI machine must not turn them into timeouts),
    // a small one for the tests about the budget itself
    private final RuleEngine engine = new RuleEngine(new RuleEngineSettings(16, Duration.ofSeconds(10)));
    private final RuleEngine impatient = new RuleEngine(new RuleEngineSettings(16, Duration.ofMillis(200)));
    private final LookupConnector jira = LookupConnector.jira();

    @AfterEach
    void close() {
        engine.close();
        impatient.close();
    }

    private OutgoingResult outgoing(String source, HubIssue issue) {
        return engine.runOutgoing(engine.compile("outgoing rules", source), Rules.outgoing(issue, jira));
    }

    private static HubIssue issue(String key, String summary) {
        HubIssue issue = new HubIssue();
        issue.setKey(key);
        issue.setSummary(summary);
        return issue;
    }

    @Test
    void fillsTheReplicaFromTheIssue() {
        OutgoingResult result = outgoing("replica.key = issue.key\nreplica.summary = issue.summary", issue("DEMO-1", "Hello"));
        assertThat(result.replica().getKey()).isEqualTo("DEMO-1");
        assertThat(result.replica().getSummary()).isEqualTo("Hello");
        assertThat(result.sendsNothing()).isFalse();
    }

    @Test
    void anEarlyReturnInOutgoingSendsNothing() {
        String source = "if (issue.summary.startsWith('[private]')) return\nreplica.summary = issue.summary";
        OutgoingResult result = outgoing(source, issue("DEMO-1", "[private] salaries"));
        assertThat(result.replica().isEmpty()).isTrue();
        assertThat(result.sendsNothing()).isTrue();
        assertThat(outgoing(source, issue("DEMO-2", "public")).replica().getSummary()).isEqualTo("public");
    }

    @Test
    void returnEndsTheScriptButKeepsWhatWasFilled() {
        OutgoingResult result = outgoing("replica.key = issue.key\nreturn\nreplica.summary = issue.summary",
                issue("DEMO-1", "Hello"));
        assertThat(result.replica().getKey()).isEqualTo("DEMO-1");
        assertThat(result.replica().getSummary()).isNull();
    }

    @Test
    void anEarlyReturnOnFirstSyncSkipsCreation() {
        CompiledRule rule = engine.compile("incoming rules",
                "if (firstSync && replica.summary.contains('ignore')) return\nissue.summary = replica.summary");
        IncomingResult skipped = engine.runIncoming(rule, Rules.firstSync(issue("1", "please ignore"), "DEMO", jira));
        assertThat(skipped.skipped()).isTrue();
        assertThat(skipped.issue().getProjectKey()).isEqualTo("DEMO");

        IncomingResult created = engine.runIncoming(rule, Rules.firstSync(issue("2", "real work"), "DEMO", jira));
        assertThat(created.skipped()).isFalse();
        assertThat(created.issue().getSummary()).isEqualTo("real work");
    }

    @Test
    void aReturnOnAnUpdateIsNotASkip() {
        CompiledRule rule = engine.compile("incoming rules", "return");
        HubIssue local = issue("DEMO-1", "local");
        IncomingResult result = engine.runIncoming(rule, Rules.update(issue("1", "remote"), new HubIssue(), local, jira));
        assertThat(result.skipped()).isFalse();
        assertThat(result.issue()).isSameAs(local);
        assertThat(local.getSummary()).isEqualTo("local");
    }

    @Test
    void mutatesTheLocalIssueInPlace() {
        CompiledRule rule = engine.compile("incoming rules", "issue.summary = replica.summary\nissue.labels += 'synced'");
        HubIssue local = issue("DEMO-1", "old");
        local.setLabels(List.of("a"));
        engine.runIncoming(rule, Rules.update(issue("1", "new"), new HubIssue(), local, jira));
        assertThat(local.getSummary()).isEqualTo("new");
        assertThat(local.getLabels()).containsExactly(new HubLabel("a"), new HubLabel("synced"));
    }

    @Test
    void convertsStringsWhereObjectsAreExpected() {
        OutgoingResult out = outgoing("replica.status = 'Done'\nreplica.priority = 'High'\nreplica.labels = ['x', 'y']",
                issue("DEMO-1", "s"));
        assertThat(out.replica().getStatus()).isEqualTo(new HubStatus(null, "Done"));
        assertThat(out.replica().getPriority().name()).isEqualTo("High");
        assertThat(out.replica().getLabels()).extracting(HubLabel::label).containsExactly("x", "y");

        CompiledRule rule = engine.compile("incoming rules", "issue.status = replica.status.name\nissue.assignee = 'ann@example.com'");
        HubIssue local = issue("DEMO-1", "s");
        engine.runIncoming(rule, Rules.update(out.replica(), new HubIssue(), local, jira));
        assertThat(local.getStatus().name()).isEqualTo("Done");
        assertThat(local.getAssignee().email()).isEqualTo("ann@example.com");
    }

    @Test
    void safeNavigationOnMissingValuesGivesNull() {
        OutgoingResult out = outgoing("replica.summary = issue.assignee?.email ?: 'nobody'\n"
                + "replica.description = issue.priority?.name?.toUpperCase()", issue("DEMO-1", "s"));
        assertThat(out.replica().getSummary()).isEqualTo("nobody");
        assertThat(out.replica().getDescription()).isNull();
    }

    @Test
    void anUnknownReplicaPropertyTravelsAsAnExtra() {
        OutgoingResult out = outgoing("replica.caseComment = 'x'\nreplica.\"Epic Link\" = issue.key", issue("DEMO-1", "s"));
        assertThat(out.replica().extras()).containsEntry("caseComment", "x").containsEntry("Epic Link", "DEMO-1");

        CompiledRule rule = engine.compile("incoming rules", "issue.summary = replica.caseComment + (replica.notSent ?: '')");
        HubIssue local = issue("DEMO-2", "s");
        engine.runIncoming(rule, Rules.update(out.replica(), new HubIssue(), local, jira));
        assertThat(local.getSummary()).isEqualTo("x");
    }

    @Test
    void theLocalIssueResolvesRawAndCustomFieldsByName() {
        HubIssue local = issue("DEMO-1", "s");
        local.set("customfield_10010", "raw");
        local.getCustomFields().put("Story Points", new io.entwine.api.replica.HubCustomField("10011", "Story Points", "number", 5));
        OutgoingResult out = outgoing("replica.summary = issue.customfield_10010 + ':' + issue.\"Story Points\" + ':' "
                + "+ issue.customFields.\"Story Points\".value", local);
        assertThat(out.replica().getSummary()).isEqualTo("raw:5:5");
    }

    @Test
    void aMissingPropertyOnTheIssueIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> outgoing("replica.key = issue.key\nreplica.summary = issue.sumary", issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("outgoing rules, line 2: no such property 'sumary' on the local issue");
                });
    }

    @Test
    void aHelperTypoIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> outgoing("replica.key = issue.key\n\nreplica.status = nodeHelper.getStatuss('Done')",
                issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail()).isEqualTo("no method getStatuss(String) on NodeHelper");
                });
        assertThatThrownBy(() -> outgoing("replica.status = nodeHelpr.getStatus('Done')", issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.detail()).isEqualTo("no variable or binding named 'nodeHelpr'");
                });
    }

    @Test
    void aRuntimeErrorCarriesTheScriptLineEvenInsideAClosure() {
        String source = "replica.key = issue.key\n"
                + "replica.labels = ['a', 'b'].collect { label ->\n"
                + "  label.toUpperCase() + (1 / 0)\n"
                + "}\n";
        assertThatThrownBy(() -> outgoing(source, issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail()).isEqualTo("ArithmeticException: Division by zero");
                    assertThat(e.getCause()).isInstanceOf(ArithmeticException.class);
                });
    }

    @Test
    void aFailedAssertIsARuleError() {
        assertThatThrownBy(() -> outgoing("\nassert issue.key == 'OTHER'", issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void debugErrorRaisesItsMessageWithTheLine() {
        assertThatThrownBy(() -> outgoing("replica.key = issue.key\nif (!issue.assignee) debug.error('no assignee on ' + issue.key)",
                issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("outgoing rules, line 2: no assignee on DEMO-1");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void debugInfoAndLogDoNotDisturbTheRun() {
        OutgoingResult out = outgoing("debug.info('sending ' + issue.key)\nlog.info('key {}', issue.key)\nreplica.key = issue.key",
                issue("DEMO-1", "s"));
        assertThat(out.replica().getKey()).isEqualTo("DEMO-1");
    }

    @Test
    void anEntityExceptionThrownByTheScriptPassesThroughUnchanged() {
        String source = "import io.entwine.api.errors.EntityException\n"
                + "if (!replica.parentId) throw new EntityException('parent not synced yet')\n";
        CompiledRule rule = engine.compile("incoming rules", source);
        assertThatThrownBy(() -> engine.runIncoming(rule, Rules.update(issue("1", "s"), new HubIssue(), issue("DEMO-1", "s"), jira)))
                .isExactlyInstanceOf(EntityException.class)
                .hasMessage("parent not synced yet");
    }

    @Test
    void aLoopThatNeverEndsIsStoppedByTheTimeBudget() {
        CompiledRule rule = impatient.compile("outgoing rules", "replica.key = issue.key\nwhile (true) {\n}\n");
        assertThatThrownBy(() -> impatient.runOutgoing(rule, Rules.outgoing(issue("DEMO-1", "s"), jira)))
                .isInstanceOfSatisfying(RuleTimeoutException.class, e -> {
                    assertThat(e.budget()).isEqualTo(Duration.ofMillis(200));
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("outgoing rules, line 2: stopped after exceeding the time budget of 200 ms");
                });
        assertThat(Thread.currentThread().isInterrupted()).as("the watchdog's interrupt is cleared").isFalse();
        CompiledRule next = impatient.compile("outgoing rules", "replica.key = issue.key");
        assertThat(impatient.runOutgoing(next, Rules.outgoing(issue("DEMO-2", "s"), jira)).replica().getKey()).isEqualTo("DEMO-2");
    }

    @Test
    void aLoopThatSwallowsExceptionsIsStoppedToo() {
        String source = "long i = 0\nwhile (true) {\n  try { i++ } catch (Exception e) { }\n}\n";
        CompiledRule rule = impatient.compile("outgoing rules", source);
        assertThatThrownBy(() -> impatient.runOutgoing(rule, Rules.outgoing(issue("DEMO-1", "s"), jira)))
                .isInstanceOf(RuleTimeoutException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void unboundedRecursionIsARuleError() {
        String source = "def f\nf = { n -> f(n + 1) + 1 }\nreplica.summary = f(0)\n";
        assertThatThrownBy(() -> outgoing(source, issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.detail()).isEqualTo("stack overflow (unbounded recursion?)");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void anInterruptFromOutsideIsRetriableAndKeepsTheInterruptStatus() {
        CompiledRule rule = engine.compile("outgoing rules", "replica.key = issue.key");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> engine.runOutgoing(rule, Rules.outgoing(issue("DEMO-1", "s"), jira)))
                    .isInstanceOf(RetriableSyncException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void bindsTheConnection() {
        OutgoingResult out = outgoing("replica.summary = connection.name + '|' + connection.remoteInstance.name + '|' "
                + "+ relation.name + '|' + connection.localInstance.name + '|' + entityType", issue("DEMO-1", "s"));
        assertThat(out.replica().getSummary()).isEqualTo("jira-to-github|github-node|jira-to-github|jira-node|issue");
    }

    @Test
    void bindsPreviousFirstSyncAndIssueUrlOnIncoming() {
        HubIssue previous = issue("1", "before");
        CompiledRule rule = engine.compile("incoming rules",
                "issue.summary = previous.summary + '>' + replica.summary + '|' + firstSync + '|' + issueUrl");
        HubIssue local = issue("DEMO-1", "s");
        engine.runIncoming(rule, Rules.update(issue("1", "after"), previous, local, jira));
        assertThat(local.getSummary()).isEqualTo("before>after|false|https://remote.example/issues/1");
    }

    @Test
    void outgoingRunsDoNotSeeIncomingBindings() {
        assertThatThrownBy(() -> outgoing("if (firstSync) return", issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.detail()).isEqualTo("no variable or binding named 'firstSync'"));
    }

    @Test
    void eachRunGetsAFreshBinding() {
        String source = "counter = (binding.hasVariable('counter') ? counter : 0) + 1\nreplica.summary = 'run ' + counter";
        assertThat(outgoing(source, issue("DEMO-1", "s")).replica().getSummary()).isEqualTo("run 1");
        assertThat(outgoing(source, issue("DEMO-1", "s")).replica().getSummary()).isEqualTo("run 1");
    }

    @Test
    void runsOneCompiledRuleOnSeveralThreadsAtOnce() throws Exception {
        CompiledRule rule = engine.compile("outgoing rules",
                "replica.key = issue.key\nreplica.summary = (1..200).collect { issue.key }.unique().join()");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String key = "DEMO-" + i;
                results.add(pool.submit(() -> engine.runOutgoing(rule, Rules.outgoing(issue(key, "s"), jira)).replica().getSummary()));
            }
            for (int i = 0; i < results.size(); i++) assertThat(results.get(i).get()).isEqualTo("DEMO-" + i);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void looksUpThroughNodeHelper() {
        jira.user(new io.entwine.api.replica.HubUser("acc-1", "ann", "ann@example.com", "Ann", true));
        String source = "replica.status = nodeHelper.getStatus('done')\n"
                + "replica.priority = nodeHelper.getPriority('HIGH')\n"
                + "replica.assignee = nodeHelper.getUserByEmail('ann@example.com')\n"
                + "replica.type = nodeHelper.getIssueType('bug', 'DEMO')\n"
                + "replica.summary = [nodeHelper.getStatus('Nope'), nodeHelper.getPriority(null), "
                + "nodeHelper.getUserByEmail(issue.reporter?.email), nodeHelper.getIssueType('Saga')].toString()\n";
        OutgoingResult out = outgoing(source, issue("DEMO-1", "s"));
        assertThat(out.replica().getStatus()).isEqualTo(new HubStatus("3", "Done"));
        assertThat(out.replica().getPriority()).isEqualTo(new HubPriority("5", "High"));
        assertThat(out.replica().getAssignee().key()).isEqualTo("acc-1");
        assertThat(out.replica().getType().name()).isEqualTo("Bug");
        assertThat(out.replica().getSummary()).isEqualTo("[null, null, null, null]");
        assertThat(jira.lookups).doesNotContain("priority:null", "user:null")
                .contains("type:bug@DEMO", "type:Saga@null");
    }
}
