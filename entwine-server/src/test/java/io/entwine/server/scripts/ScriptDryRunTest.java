package io.entwine.server.scripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.replica.HubIssue;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleEngineSettings;
import io.entwine.store.rule.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the corpus does not show: inputs are left alone, requests are validated, budgets and log limits hold. */
class ScriptDryRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // a generous budget: on a loaded machine an ordinary case must not be cut short; the budget case has its own engine
    private final RuleEngine engine = new RuleEngine(new RuleEngineSettings(16, Duration.ofSeconds(30)));
    private final RuleEngine impatient = new RuleEngine(new RuleEngineSettings(16, Duration.ofMillis(500)));
    private final ScriptDryRun dryRun = new ScriptDryRun(engine, "jira-node");

    @AfterEach
    void closeEngine() {
        engine.close();
        impatient.close();
    }

    private static HubIssue entity(String json) {
        return DryRunInput.entity(json, "test entity");
    }

    private static DryRunRequest incoming(String script, HubIssue issue, HubIssue replica) {
        return new DryRunRequest("jira-cloud", Direction.INCOMING, "in.groovy", script, issue, replica, null, false, null, null, null, null);
    }

    @Test
    void leavesTheGivenEntitiesAsTheyWere() {
        HubIssue issue = entity("{\"key\": \"DEMO-1\", \"summary\": \"old\", \"labels\": [\"a\"]}");
        HubIssue replica = entity("{\"key\": \"7\", \"summary\": \"new\"}");
        String issueBefore = ReplicaCodec.toJsonString(issue);
        String replicaBefore = ReplicaCodec.toJsonString(replica);

        DryRunResult result = dryRun.run(incoming("issue.summary = replica.summary; issue.labels += 'b'; replica.summary = 'x'", issue, replica),
                OfflineDirectory.of("jira-cloud"));

        assertThat(result.toJson().path("changes").path("fields").toString()).isEqualTo("{\"summary\":\"new\",\"labels\":[\"a\",\"b\"]}");
        assertThat(ReplicaCodec.toJsonString(issue)).isEqualTo(issueBefore);
        assertThat(ReplicaCodec.toJsonString(replica)).isEqualTo(replicaBefore);
    }

    @Test
    void showsTheScriptsConnectionNamesAsGiven() {
        HubIssue issue = entity("{\"key\": \"DEMO-1\"}");
        DryRunRequest request = new DryRunRequest("github", Direction.INCOMING, null,
                "issue.summary = connection.name + ' from ' + connection.remoteInstance.name + ' to ' + connection.localInstance.name",
                issue, entity("{}"), null, false, null, "acme-partner", "partner-jira", null);

        JsonNode fields = dryRun.run(request, OfflineDirectory.of("github")).toJson().path("changes").path("fields");

        assertThat(fields.path("summary").asText()).isEqualTo("acme-partner from partner-jira to jira-node");
    }

    @Test
    void aScriptThatRunsPastTheBudgetIsATimeoutWithItsLine() {
        DryRunRequest request = incoming("issue.summary = 'x'\nwhile (true) { issue.summary += '' }", entity("{}"), entity("{}"));

        ScriptProblemException failure = catchThrowableOfType(ScriptProblemException.class,
                () -> new ScriptDryRun(impatient, "jira-node").run(request, OfflineDirectory.of("jira-cloud")));

        assertThat(failure.problem().kind()).isEqualTo(ScriptProblem.Kind.TIMEOUT);
        assertThat(failure.problem().line()).isEqualTo(2);
        assertThat(failure.problem().toJson().path("meaning").asText()).startsWith("connection-level error");
    }

    @Test
    void keepsTheFirstTwoHundredLogLinesAndCountsTheRest() {
        DryRunRequest request = incoming("250.times { log.info('line {}', it) }", entity("{}"), entity("{}"));

        JsonNode log = dryRun.run(request, OfflineDirectory.of("jira-cloud")).toJson().path("log");

        assertThat(log).hasSize(201);
        assertThat(log.get(0).asText()).isEqualTo("INFO line 0");
        assertThat(log.get(200).asText()).isEqualTo("... 50 more line(s) left out");
    }

    @Test
    void readsARequestInTheRestForm() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree("""
                {"direction": "INCOMING", "script": "return", "firstSync": true,
                 "replica": {"$schema": "entwine/replica/v1", "key": "7"}, "issueUrl": "https://x/7"}""");

        DryRunRequest request = DryRunInput.request(body, "github");

        assertThat(request.connectorKind()).isEqualTo("github");
        assertThat(request.direction()).isEqualTo(Direction.INCOMING);
        assertThat(request.firstSync()).isTrue();
        assertThat(request.issue()).isNull();
        assertThat(request.replica().getKey()).isEqualTo("7");
        assertThat(request.scriptName()).isEqualTo("script");
        assertThat(request.connectionName()).isEqualTo("dry-run");
    }

    @Test
    void refusesRequestsThatDoNotFitTheDirection() {
        HubIssue issue = entity("{\"key\": \"DEMO-1\"}");

        assertThatThrownBy(() -> new DryRunRequest("jira-cloud", Direction.OUTGOING, null, "return", issue, issue, null, false, null, null, null, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("outgoing dry run takes only the local entity");
        assertThatThrownBy(() -> new DryRunRequest("jira-cloud", Direction.INCOMING, null, "return", issue, null, null, false, null, null, null, null))
                .hasMessage("an incoming dry run needs the received replica ('replica')");
        assertThatThrownBy(() -> DryRunInput.direction("sideways"))
                .hasMessage("the direction must be 'outgoing' or 'incoming', got 'sideways'");
    }

    @Test
    void refusesAnEntityOfAnotherSchemaVersion() {
        assertThatThrownBy(() -> entity("{\"$schema\": \"entwine/replica/v2\", \"key\": \"DEMO-1\"}"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("test entity: ");
    }
}
