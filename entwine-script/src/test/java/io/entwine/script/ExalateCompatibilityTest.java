package io.entwine.script;

import io.entwine.api.errors.EntityException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubUser;
import io.entwine.script.actions.EntityKey;
import io.entwine.script.actions.Trace;
import io.entwine.script.actions.TraceType;
import io.entwine.script.errors.RuleCompileException;
import io.entwine.script.compat.IssueTrackerException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Idioms of scripts written for Exalate, with the vendor's class names, compile and run unchanged. */
class ExalateCompatibilityTest {
    private static final RuleEngine engine = new RuleEngine(new RuleEngineSettings(64, Duration.ofSeconds(10)));
    private final LookupConnector jira = LookupConnector.jira();
    private final Twins twins = new Twins(null).add("DEMO-3", "10003", "GH-3", "3", null);

    @AfterAll
    static void close() {
        engine.close();
    }

    private RuleServices services() {
        return new RuleServices(jira, "c", "a", "b", null, "issue", twins, null);
    }

    private IncomingResult incoming(String source, HubIssue replica, HubIssue local, boolean firstSync) {
        return engine.runIncoming(engine.compile("incoming rules", source),
                new IncomingInput(replica, new HubIssue(), local, firstSync, "https://remote.example/1", Map.of(), services()));
    }

    private OutgoingResult outgoing(String source, HubIssue local) {
        return engine.runOutgoing(engine.compile("outgoing rules", source), new OutgoingInput(local, services()));
    }

    private static HubIssue issue(String key) {
        HubIssue issue = new HubIssue();
        issue.setKey(key);
        issue.setSummary("s");
        return issue;
    }

    @Test
    void theEntityLevelExceptionBlocksTheTwinOnlyWhetherImportedOrFullyQualified() {
        String imported = "import com.exalate.api.exception.IssueTrackerException\n"
                + "if (!replica.parentId) throw new IssueTrackerException('parent not synced yet')";
        assertThatThrownBy(() -> incoming(imported, issue("1"), issue("DEMO-1"), false))
                .isInstanceOf(IssueTrackerException.class).isInstanceOf(EntityException.class).hasMessage("parent not synced yet");
        String qualified = "\nthrow new com.exalate.api.exception.IssueTrackerException(\"Issue with key X was not found\")";
        assertThatThrownBy(() -> incoming(qualified, issue("1"), issue("DEMO-1"), false))
                .isInstanceOf(EntityException.class).hasMessage("Issue with key X was not found");
    }

    @Test
    void issueKeysAndTracesBuildTheWayTheVendorsDo() {
        String source = String.join("\n",
                "import com.exalate.basic.domain.BasicIssueKey",
                "import com.exalate.api.domain.twintrace.TraceType",
                "def subtask = new BasicIssueKey('10005', 'DEMO-5')",
                "syncHelper.exalate(subtask)",
                "def parent = new com.exalate.basic.domain.BasicIssueKey(10004L, 'DEMO-4')",
                "syncHelper.exalate(parent)",
                "def trace = new com.exalate.basic.domain.BasicNonPersistentTrace()",
                "    .setType(com.exalate.api.domain.twintrace.TraceType.COMMENT)",
                "    .setToSynchronize(true)",
                "    .setLocalId('900' as String)",
                "    .setRemoteId(replica.comments[0].id as String)",
                "    .setAction(com.exalate.api.domain.twintrace.TraceAction.NONE)",
                "traces.add(trace)",
                "com.exalate.api.domain.twintrace.INonPersistentTrace second = new com.exalate.basic.domain.BasicNonPersistentTrace()",
                "second.type = TraceType.WORKLOG",
                "second.localId = 'w9'",
                "second.remoteId = 'r9'",
                "traces.add(second)",
                "issue.summary = [subtask.id, subtask.idStr, subtask.URN, parent.id instanceof Long].join('|')");
        HubIssue replica = issue("1");
        replica.getComments().add(new HubComment("c7", "hi", null, null, null));
        IncomingResult result = incoming(source, replica, issue("DEMO-1"), false);
        assertThat(result.actions().exalate()).containsExactly("DEMO-5", "DEMO-4");
        assertThat(result.actions().traces()).containsExactly(new Trace(TraceType.COMMENT, "900", "c7"), new Trace(TraceType.WORKLOG, "w9", "r9"));
        assertThat(result.issue().getSummary()).isEqualTo("10005|10005|DEMO-5|true");
    }

    @Test
    void aMutableVendorUserBecomesAUserWhereverItIsAssigned() {
        String source = String.join("\n",
                "import com.exalate.basic.domain.hubobject.v1.BasicHubUser",
                "issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email) ?: ({",
                "    def defaultAssignee = new com.exalate.basic.domain.hubobject.v1.BasicHubUser()",
                "    defaultAssignee.key = '-1'",
                "    defaultAssignee",
                "})()",
                "def watcher = new BasicHubUser()",
                "watcher.email = 'w@example.com'",
                "issue.watchers = [watcher]",
                "issue.customFields.Owner.value = watcher");
        HubIssue local = issue("DEMO-1");
        local.getCustomFields().put("Owner", new HubCustomField("cf1", "Owner", "user", null));
        HubIssue replica = issue("1");
        replica.setAssignee(new HubUser("x", null, "nobody@example.com", null, true));
        IncomingResult result = incoming(source, replica, local, false);
        assertThat(result.issue().getAssignee()).isEqualTo(new HubUser("-1", null, null, null, null));
        assertThat(result.issue().getWatchers()).containsExactly(new HubUser(null, null, "w@example.com", null, null));
        assertThat(result.issue().getCustomFields().get("Owner").getValue()).isEqualTo(new HubUser(null, null, "w@example.com", null, null));
    }

    @Test
    void aReplicaUserConvertsToTheVendorUserWithAs() {
        String source = String.join("\n",
                "import com.exalate.basic.domain.hubobject.v1.BasicHubUser",
                "def remote = replica.assignee as BasicHubUser",
                "remote.displayName = remote.displayName + ' (remote)'",
                "issue.assignee = remote");
        HubIssue replica = issue("1");
        replica.setAssignee(new HubUser("acc-1", "ann", "ann@example.com", "Ann", true));
        IncomingResult result = incoming(source, replica, issue("DEMO-1"), false);
        assertThat(result.issue().getAssignee()).isEqualTo(new HubUser("acc-1", "ann", "ann@example.com", "Ann (remote)", true));
    }

    @Test
    void vendorOptionsAreOurOptionsSoInstanceofWorksAndTheyBuildFieldByField() {
        String source = String.join("\n",
                "import com.exalate.basic.domain.hubobject.v1.BasicHubOption",
                "def cf = replica.customFields.Severity",
                "def text = cf.value instanceof com.exalate.basic.domain.hubobject.v1.BasicHubOption ? cf.value.value : cf.value.toString()",
                "def opt = new BasicHubOption()",
                "opt.id = 3L",
                "opt.value = text.toUpperCase()",
                "issue.customFields.Severity.value = opt",
                "issue.customFields.Level.value = text",
                "def cfType = com.exalate.api.domain.hubobject.v1_2.HubCustomFieldType.NUMERIC",
                "def extra = new com.exalate.basic.domain.hubobject.v1.BasicHubCustomField()",
                "extra.name = 'Points'; extra.type = cfType; extra.value = '5'",
                "issue.customFields.Points = extra");
        HubIssue replica = issue("1");
        replica.getCustomFields().put("Severity", new HubCustomField("r1", "Severity", "option", new HubOption("9", "high")));
        HubIssue local = issue("DEMO-1");
        local.getCustomFields().put("Severity", new HubCustomField("cf1", "Severity", "option", null));
        HubCustomField level = new HubCustomField("cf2", "Level", "select", null);
        level.setOptions(List.of(new HubOption("21", "High"), new HubOption("22", "Low")));
        local.getCustomFields().put("Level", level);
        IncomingResult result = incoming(source, replica, local, false);
        assertThat(result.issue().getCustomFields().get("Severity").getValue()).isEqualTo(new HubOption("3", "HIGH"));
        assertThat(result.issue().getCustomFields().get("Level").getValue()).isEqualTo(new HubOption("21", "High"));
        assertThat(result.issue().getCustomFields().get("Points").getType()).isEqualTo("number");
        assertThat(result.issue().getCustomFields().get("Points").getValue()).isEqualTo(5L);
    }

    @Test
    void connectingToAnExistingRecordReturnsAScalaTuple() {
        String source = String.join("\n",
                "def remoteIssue = replica.customFields.'Issue Key'?.value",
                "if (firstSync && remoteIssue) {",
                "  def issueKey = new com.exalate.basic.domain.BasicIssueKey('sys-1', remoteIssue.trim(), 'incident')",
                "  entity.id = issueKey.idStr",
                "  return new scala.Tuple2(issueKey, scala.collection.JavaConverters.asScalaBuffer(traces).toSeq())",
                "} else if (firstSync) {",
                "  entity.tableName = 'incident'",
                "}",
                "entity.short_description = replica.summary",
                "entity.comments += replica.addedComments");
        HubIssue replica = issue("1");
        replica.getCustomFields().put("Issue Key", new HubCustomField(null, "Issue Key", "text", " INC001 "));
        IncomingResult connect = incoming(source, replica, new HubIssue(), true);
        assertThat(connect.actions().connectTo()).isEqualTo(new EntityKey("sys-1", "INC001", "incident"));
        assertThat(connect.issue().getId()).isEqualTo("sys-1");

        HubIssue plain = issue("2");
        plain.getComments().add(new HubComment("c1", "hello", null, null, null));
        IncomingResult create = incoming(source, plain, new HubIssue(), true);
        assertThat(create.actions().connectTo()).isNull();
        assertThat(create.issue().getTableName()).isEqualTo("incident");
        assertThat(create.issue().extras()).containsEntry("short_description", "s");
        assertThat(create.issue().getComments()).singleElement().satisfies(c -> {
            assertThat(c.getId()).as("a new local comment").isNull();
            assertThat(c.getRemoteId()).isEqualTo("c1");
        });
        assertThat(plain.getComments().get(0).getId()).as("the replica is not changed").isEqualTo("c1");
    }

    @Test
    void jsonHelpersAndTheScalaConvertersAreThere() {
        String source = String.join("\n",
                "import groovy.json.JsonOutput",
                "import groovy.json.JsonSlurper",
                "def text = new groovy.json.JsonOutput().toJson([a: 1])",
                "def back = new JsonSlurper().parseText(JsonOutput.toJson([list: [1, 2]]))",
                "def javaList = scala.collection.JavaConversions.bufferAsJavaList(scala.collection.JavaConverters.asScalaBuffer(['x']).toBuffer())",
                "replica.summary = text + back.list.sum() + javaList[0]");
        assertThat(outgoing(source, issue("DEMO-1")).replica().getSummary()).isEqualTo("{\"a\":1}3x");
    }

    @Test
    void twinLookupsFindTheLocalParentByTheRemoteId() {
        jira.entity(issue("DEMO-3"));
        String source = "def localParent = nodeHelper.getLocalIssueFromRemoteId(replica.parentId.toLong())\n"
                + "issue.parentId = localParent?.key\n"
                + "issue.summary = nodeHelper.getLocalIssueKeyFromRemoteId('3').id + ':' + nodeHelper.getLocalIssueFromRemoteUrn('GH-3').key";
        HubIssue replica = issue("1");
        replica.setParentId("3");
        IncomingResult result = incoming(source, replica, issue("DEMO-1"), false);
        assertThat(result.issue().getParentId()).isEqualTo("DEMO-3");
        assertThat(result.issue().getSummary()).isEqualTo("10003:DEMO-3");
    }

    @Test
    void anUnknownVendorClassIsACompileErrorNamingItAndItsLine() {
        assertThatThrownBy(() -> engine.compile("incoming rules", "issue.summary = 'x'\nimport com.exalate.api.domain.Nope\n"))
                .isInstanceOfSatisfying(RuleCompileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).contains("com.exalate.api.domain.Nope").contains("no equivalent");
                });
        assertThatThrownBy(() -> engine.compile("incoming rules", "issue.summary = 'x'\n\ndef x = new com.exalate.basic.Nope()\n"))
                .isInstanceOfSatisfying(RuleCompileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail()).contains("com.exalate.basic.Nope");
                });
    }

    @Test
    void scriptLibraryStyleMethodsWithVendorParameterTypesAcceptOurObjects() {
        String source = String.join("\n",
                "import com.exalate.basic.domain.hubobject.v1.BasicHubIssue",
                "import com.exalate.api.domain.connection.IConnection",
                "static String describe(BasicHubIssue replica, BasicHubIssue issue, IConnection connection, com.exalate.api.domain.request.ISyncRequest request) {",
                "    replica.summary + '>' + issue.key + '@' + connection.name",
                "}",
                "issue.summary = describe(replica, issue, connection, null)");
        assertThat(incoming(source, issue("1"), issue("DEMO-1"), false).issue().getSummary()).isEqualTo("s>DEMO-1@c");
    }
}
