package io.entwine.script;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubUser;
import io.entwine.script.actions.EntityKey;
import io.entwine.script.actions.RunActions;
import io.entwine.script.actions.Trace;
import io.entwine.script.actions.TraceType;
import io.entwine.script.actions.TransitionRequest;
import io.entwine.script.errors.RuleException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bindings of SCRIPTING.md and what helpers record for the engine to do after a run. */
class BindingsAndActionsTest {
    private static final RuleEngine engine = new RuleEngine(new RuleEngineSettings(64, Duration.ofSeconds(10)));
    private final LookupConnector jira = LookupConnector.jira();
    private final Twins twins = new Twins("https://remote.example")
            .add("DEMO-1", "10001", "7", "gh-7", "https://remote.example/issues/7")
            .add("DEMO-2", null, "8", null, "https://remote.example/issues/8");
    private final List<HubIssue> stored = new ArrayList<>();

    @AfterAll
    static void close() {
        engine.close();
    }

    private RuleServices services(String entityType) {
        return new RuleServices(jira, "jira-to-github", "jira-node", "github-node", null, entityType, twins, issue -> {
            stored.add(issue);
            return new EntityRef("DEMO-9", "10009", "https://jira.example/browse/DEMO-9", null);
        });
    }

    private OutgoingResult outgoing(String source, HubIssue issue) {
        return engine.runOutgoing(engine.compile("outgoing rules", source), new OutgoingInput(issue, services(null)));
    }

    private IncomingResult incoming(String source, HubIssue replica, HubIssue local, boolean firstSync) {
        return engine.runIncoming(engine.compile("incoming rules", source),
                new IncomingInput(replica, new HubIssue(), local, firstSync, "https://remote.example/issues/7", Map.of(), services(null)));
    }

    private static HubIssue issue(String key, String summary) {
        HubIssue issue = new HubIssue();
        issue.setKey(key);
        issue.setSummary(summary);
        return issue;
    }

    @Test
    void theEntityIsBoundUnderEveryNameAndItsEntityType() {
        OutgoingResult out = outgoing("replica.summary = [issue.summary, workItem.summary, entity.summary, entityType].join('|')",
                issue("DEMO-1", "s"));
        assertThat(out.replica().getSummary()).isEqualTo("s|s|s|issue");
        OutgoingResult servicenow = engine.runOutgoing(engine.compile("outgoing rules", "replica.summary = incident.summary + ':' + entityType"),
                new OutgoingInput(issue("INC1", "down"), services("incident")));
        assertThat(servicenow.replica().getSummary()).isEqualTo("down:incident");
    }

    @Test
    void syncHelperRecordsWhatTheEngineDoesAfterTheRun() {
        String source = String.join("\n",
                "syncHelper.syncBackAfterProcessing()",
                "syncHelper.exalate('DEMO-5')",
                "syncHelper.exalate(new io.entwine.script.actions.EntityKey(10006, 'DEMO-6'))",
                "syncHelper.exalate('DEMO-5')",
                "if (replica.summary == 'stop') syncHelper.unExalateAfterProcessing()",
                "workflowHelper.transition(issue, 'Start Progress')",
                "workflowHelper.transition(issue, 'Resolve', 'ann@example.com')",
                "issue.summary = replica.summary");
        IncomingResult result = incoming(source, issue("7", "stop"), issue("DEMO-1", "old"), false);
        RunActions actions = result.actions();
        assertThat(actions.syncBack()).isTrue();
        assertThat(actions.unsync()).isTrue();
        assertThat(actions.exalate()).containsExactly("DEMO-5", "DEMO-6");
        assertThat(actions.transitions()).containsExactly(new TransitionRequest("Start Progress", null),
                new TransitionRequest("Resolve", new HubUser(null, null, "ann@example.com", null, true)));
        assertThat(outgoing("replica.key = issue.key", issue("DEMO-1", "s")).actions().isEmpty()).isTrue();
    }

    @Test
    void syncHelperAnswersAboutTwinsAndTrackers() {
        String source = "replica.summary = [syncHelper.isUnderSync('DEMO-1'), syncHelper.isUnderSync('DEMO-3'), "
                + "syncHelper.getRemoteIssueUrl(), syncHelper.getRemoteIssueUrl('DEMO-2'), syncHelper.getTrackerUrl(), "
                + "syncHelper.getRemoteTrackerUrl(), syncHelper.getLocalIssueKeyFromRemoteId('gh-7')?.key].join('|')";
        assertThat(outgoing(source, issue("DEMO-1", "s")).replica().getSummary()).isEqualTo(
                "true|false|https://remote.example/issues/7|https://remote.example/issues/8|https://jira-cloud.example|"
                        + "https://remote.example|DEMO-1");
    }

    @Test
    void scriptsAddTracesOfSubObjectsTheyWroteThemselves() {
        String source = "traces.add(new io.entwine.script.actions.Trace().setType(io.entwine.script.actions.TraceType.COMMENT)"
                + ".setLocalId(100).setRemoteId('c1'))\n"
                + "traces << [type: 'worklog', localId: 'w1', remoteId: 'r1']";
        IncomingResult result = incoming(source, issue("7", "s"), issue("DEMO-1", "s"), false);
        assertThat(result.actions().traces()).containsExactly(new Trace(TraceType.COMMENT, "100", "c1"),
                new Trace(TraceType.WORKLOG, "w1", "r1"));
        assertThatThrownBy(() -> incoming("traces.add('nonsense')", issue("7", "s"), issue("DEMO-1", "s"), false))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.detail()).startsWith("traces[0] is not a trace: nonsense"));
    }

    @Test
    void storeCreatesTheEntityMidScriptSoLaterLinesSeeItsKey() {
        String source = "issue.summary = replica.summary\nstore(issue)\nissue.description = 'created as ' + issue.key";
        HubIssue local = new HubIssue();
        local.setProjectKey("DEMO");
        IncomingResult result = incoming(source, issue("7", "remote"), local, true);
        assertThat(stored).singleElement().satisfies(s -> {
            assertThat(s.getSummary()).isEqualTo("remote");
            assertThat(s.getDescription()).isNull();
        });
        assertThat(result.issue().getKey()).isEqualTo("DEMO-9");
        assertThat(result.issue().getDescription()).isEqualTo("created as DEMO-9");
        assertThat(result.actions().stored().ref().id()).isEqualTo("10009");
        assertThat(result.actions().stored().asStored().getDescription()).isNull();
        assertThat(result.skipped()).isFalse();
    }

    @Test
    void storeFailsClearlyWhereTheRunCannotWrite() {
        CompiledRule rule = engine.compile("incoming rules", "issue.summary = 'x'\nstore(issue)");
        assertThatThrownBy(() -> engine.runIncoming(rule, Rules.firstSync(issue("7", "s"), "DEMO", jira)))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).contains("store(issue) cannot write in this run");
                });
    }

    @Test
    void returningAnEntityKeyConnectsToAnExistingEntityInsteadOfCreating() {
        String source = "if (firstSync) {\n"
                + "  def key = new io.entwine.script.actions.EntityKey('10042', 'DEMO-42')\n"
                + "  issue.id = key.idStr\n"
                + "  return new io.entwine.script.compat.Tuple2(key, io.entwine.script.compat.JavaConverters.asScalaBuffer(traces).toSeq())\n"
                + "}";
        IncomingResult result = incoming(source, issue("7", "s"), new HubIssue(), true);
        assertThat(result.actions().connectTo()).isEqualTo(new EntityKey("10042", "DEMO-42"));
        assertThat(result.skipped()).isFalse();
        assertThat(result.issue().getId()).isEqualTo("10042");
    }

    @Test
    void httpClientSpeaksJsonToTheLocalTracker() {
        jira.answer("GET /rest/api/3/issue/DEMO-1", 200, "{\"fields\":{\"subtasks\":[{\"key\":\"DEMO-2\"}]}}")
                .answer("POST /rest/api/3/issue/DEMO-1/comment", 201, "{\"id\":\"500\"}");
        String source = String.join("\n",
                "def subtasks = httpClient.get('/rest/api/3/issue/' + issue.key).fields.subtasks.collect { it.key }",
                "def missing = httpClient.get('/rest/api/3/issue/NOPE-1')",
                "def created = httpClient.post('/rest/api/3/issue/DEMO-1/comment', [body: 'hi'])",
                "def code = httpClient.http('POST', '/rest/api/3/issue/DEMO-1/comment', '{\"body\":\"x\"}', null, null) { req, res -> res.code + ':' + res.body.id + ':' + req.method }",
                "replica.summary = [subtasks, missing, created.id, code].join('|')");
        assertThat(outgoing(source, issue("DEMO-1", "s")).replica().getSummary()).isEqualTo("[DEMO-2]|null|500|201:500:POST");
        assertThat(jira.requests).contains("POST /rest/api/3/issue/DEMO-1/comment {\"body\":\"hi\"}");
        jira.answer("GET /rest/api/3/serverInfo", 403, "{\"errorMessages\":[\"no\"]}");
        assertThatThrownBy(() -> outgoing("replica.summary = httpClient.get('/rest/api/3/serverInfo')", issue("DEMO-1", "s")))
                .isInstanceOf(io.entwine.api.errors.EntityException.class)
                .hasMessageContaining("the tracker answered 403 to GET /rest/api/3/serverInfo");
    }

    @Test
    void anIncomingRunCannotSeeOutgoingOnlyThingsAndViceVersa() {
        assertThatThrownBy(() -> outgoing("store(issue)", issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.detail()).contains("store"));
        assertThatThrownBy(() -> outgoing("traces.add(1)", issue("DEMO-1", "s")))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.detail()).isEqualTo("no variable or binding named 'traces'"));
    }
}
