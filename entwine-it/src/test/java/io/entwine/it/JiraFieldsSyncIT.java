package io.entwine.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.emulator.github.GitHubEmulator;
import io.entwine.emulator.jira.CustomFieldType;
import io.entwine.emulator.jira.JiraEmulator;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.script.DefaultRules;
import io.entwine.server.demo.Demo;
import io.entwine.store.rule.Direction;
import io.entwine.store.twin.Twin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Jira fields beyond the basics in a sync with GitHub, which has none of them: (a) the Jira node's outgoing replica
 * carries work logs, links, the parent and typed custom fields (read from what the GitHub node received), and (b) the
 * Jira node's incoming rules turn GitHub labels into a parent, custom field values and a work log, written to Jira
 * with exactly the writes they need and nothing travelling back.
 */
class JiraFieldsSyncIT {
    private static final Duration SYNC = Duration.ofSeconds(20);

    /** The defaults plus the fields GitHub cannot hold, so they show in what the GitHub node receives. */
    private static final String JIRA_OUTGOING = DefaultRules.outgoing("jira-cloud") + """

            replica.workLogs   = issue.workLogs
            replica.issueLinks = issue.issueLinks
            replica.parentId   = issue.parentId
            replica.due        = issue.due
            replica.components = issue.components
            ["Story Points", "Severity", "Region"].each { replica.customFields[it] = issue.customFields[it] }
            """;

    /** The defaults plus labels that ask for a parent ("parent:KEY"), a severity, story points and a triage work log. */
    private static final String JIRA_INCOMING = DefaultRules.incoming("jira-cloud") + """

            def labelValue = { prefix -> replica.labels.collect { it.label }.find { it.startsWith(prefix) }?.substring(prefix.length()) }
            def setField = { name, value ->
                def field = issue.customFields[name]
                if (field != null) { field.value = value } else { issue.customFields[name] = value }
            }
            def parentKey = labelValue("parent:")
            if (parentKey) {
                if (firstSync) issue.type = nodeHelper.getIssueType("Sub-task", issue.projectKey)
                issue.parentId = parentKey
            }
            if (replica.labels.any { it.label == "urgent" }) setField("Severity", "High")
            def points = labelValue("sp:")
            if (points) setField("Story Points", points as Integer)
            if (replica.labels.any { it.label == "triaged" } && !issue.workLogs.any { it.comment == "Triage" }) {
                issue.workLogs = workLogHelper.addWorkLog(replica.created, "30m", "Triage", issue.workLogs)
            }
            """;

    @TempDir
    Path dataDir;
    Topology t;
    JiraEmulator jira;
    String storyPoints;
    String severity;
    String region;

    @BeforeEach
    void start() {
        Clock clock = Clock.systemUTC();
        jira = new JiraEmulator(clock).start(0);
        storyPoints = jira.addCustomField("Story Points", CustomFieldType.NUMBER);
        severity = jira.addCustomField("Severity", CustomFieldType.SELECT, "Low", "High");
        region = jira.addCustomField("Region", CustomFieldType.CASCADING, "EU/Paris", "EU/Berlin");
        jira.addComponent("DEMO", "Backend");
        GitHubEmulator github = new GitHubEmulator(clock).start(0);
        t = new Topology(Demo.connect(jira, github, 0, dataDir, Duration.ofHours(1), clock),
                new JiraUser(jira.baseUrl()), new GitHubUser(github.baseUrl()));
        t.jiraNode().node().rules().publish(t.demo.connectionId(), Direction.OUTGOING, JIRA_OUTGOING);
        t.jiraNode().node().rules().publish(t.demo.connectionId(), Direction.INCOMING, JIRA_INCOMING);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private ObjectNode json(String text) {
        try {
            return (ObjectNode) RestClient.JSON.readTree(text.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** What the GitHub node last received for the twin of this Jira issue. */
    private HubIssue receivedOnGitHub(String jiraKey) {
        String number = t.githubTwinOf(jiraKey).orElseThrow();
        Twin twin = t.githubNode().node().database().inTransaction(tx -> tx.twins().findByLocalKey(t.demo.connectionId(), number)).orElseThrow();
        return twin.lastReceivedReplica() == null ? new HubIssue() : ReplicaCodec.fromJsonString(twin.lastReceivedReplica());
    }

    private String createInJira(String fields) {
        return t.jira.rest().post("/rest/api/3/issue", json("{'fields':{'project':{'key':'DEMO'}," + fields + "}}")).path("key").asText();
    }

    @Test
    void theJiraReplicaCarriesWorkLogsLinksParentAndTypedCustomFields() {
        String blocked = createInJira("'issuetype':{'name':'Task'},'summary':'Blocked'");
        String parent = createInJira("'issuetype':{'name':'Task'},'summary':'Parent','" + storyPoints + "':8,'" + severity + "':{'value':'High'},'"
                + region + "':{'value':'EU','child':{'value':'Paris'}},'components':[{'name':'Backend'}],'duedate':'2026-12-24'");
        String child = createInJira("'issuetype':{'name':'Sub-task'},'summary':'Child','parent':{'key':'" + parent + "'}");
        t.jira.rest().put("/rest/api/3/issue/" + parent, json("{'update':{'worklog':[{'add':{'timeSpent':'1h 30m',"
                + "'started':'2026-11-23T09:00:00.000+0000'}}],'issuelinks':[{'add':{'type':{'name':'Blocks'},'outwardIssue':{'key':'" + blocked + "'}}}]}}"));

        await().atMost(SYNC).untilAsserted(() -> {
            assertThat(t.githubTwinOf(child)).isPresent();
            HubIssue received = receivedOnGitHub(parent);
            assertThat(received.getWorkLogs()).extracting(HubWorkLog::getTimeSpent).containsExactly(5400L);
            assertThat(received.getIssueLinks()).extracting(HubIssueLink::getOtherIssueId, HubIssueLink::getLinkName, HubIssueLink::getLinkTypeName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(blocked, "blocks", "Blocks"));
        });
        HubIssue received = receivedOnGitHub(parent);
        assertThat(received.getCustomFields().get("Story Points").getValue()).isEqualTo(8L);
        assertThat(((HubOption) received.getCustomFields().get("Severity").getValue()).getValue()).isEqualTo("High");
        assertThat(received.getCustomFields().get("Region").getValue()).hasToString("EU - Paris");
        assertThat(received.getCustomFields().get("Severity").getType()).isEqualTo(HubCustomField.OPTION);
        assertThat(received.getComponents()).extracting(c -> c.name()).containsExactly("Backend");
        assertThat(received.getDue()).hasToString("2026-12-24T00:00:00Z");
        assertThat(received.getWorkLogs().get(0).getStartDate()).hasToString("2026-11-23T09:00:00Z");
        assertThat(receivedOnGitHub(child).getParentId()).isEqualTo(parent);
        assertThat(receivedOnGitHub(blocked).getIssueLinks()).extracting(HubIssueLink::getLinkName).containsExactly("is blocked by");
    }

    @Test
    void githubLabelsBecomeAParentCustomFieldsAndAWorkLogWithExactWritesAndNoEcho() {
        String firstParent = createInJira("'issuetype':{'name':'Task'},'summary':'First parent'");
        String secondParent = createInJira("'issuetype':{'name':'Task'},'summary':'Second parent'");
        t.awaitGithubTwin(firstParent);
        t.awaitGithubTwin(secondParent);
        String number = t.github.create("From GitHub", "made there", "parent:" + firstParent);
        String key = t.awaitJiraTwin(number);
        JsonNode created = t.jira.issue(key).path("fields");
        assertThat(created.path("issuetype").path("name").asText()).isEqualTo("Sub-task");
        assertThat(created.path("parent").path("key").asText()).isEqualTo(firstParent);
        t.awaitQuiet();
        long jiraBefore = t.demo.jira().journal().successfulWrites();
        long githubBefore = t.demo.github().journal().successfulWrites();
        long mark = t.demo.jira().journal().mark();

        t.github.setLabels(number, "parent:" + secondParent, "urgent", "sp:5", "triaged");

        await().atMost(SYNC).untilAsserted(() -> {
            JsonNode fields = t.jira.issue(key).path("fields");
            assertThat(fields.path("worklog").path("total").asInt()).isEqualTo(1);
            assertThat(fields.path("parent").path("key").asText()).isEqualTo(secondParent);
        });
        t.awaitQuiet();
        JsonNode fields = t.jira.issue(key).path("fields");
        assertThat(fields.path(severity).path("value").asText()).isEqualTo("High");
        assertThat(fields.path(storyPoints).asDouble()).isEqualTo(5.0);
        assertThat(fields.path("labels")).extracting(JsonNode::asText).containsExactlyInAnyOrder("parent:" + secondParent, "urgent", "sp:5", "triaged");
        assertThat(fields.at("/worklog/worklogs/0/timeSpentSeconds").asLong()).isEqualTo(1800);
        assertThat(JiraUser.text(fields.at("/worklog/worklogs/0/comment"))).isEqualTo("Triage");
        assertThat(keys(t.jira.issue(secondParent).path("fields").path("subtasks"))).containsExactly(key);
        // the label edit on GitHub; in Jira one edit (labels, parent, custom fields) and one for the work log; nothing back
        List<String> jiraWrites = t.demo.jira().journal().since(mark).stream()
                .filter(e -> !e.method().equals("GET") && !e.path().endsWith("/search/jql")).map(e -> e.method() + " " + e.path()).toList();
        assertThat(jiraWrites).containsExactly("PUT /rest/api/3/issue/" + key, "PUT /rest/api/3/issue/" + key);
        assertThat(t.demo.jira().journal().successfulWrites() - jiraBefore).isEqualTo(2);
        assertThat(t.demo.github().journal().successfulWrites() - githubBefore).isEqualTo(1);
    }

    @Test
    void aWorkLogAskedForOnTheFirstSyncIsLoggedRightAfterTheCreate() {
        String parent = createInJira("'issuetype':{'name':'Task'},'summary':'Parent'");
        t.awaitGithubTwin(parent);
        t.awaitQuiet();
        long mark = t.demo.jira().journal().mark();

        String number = t.github.create("Triaged on GitHub", null, "parent:" + parent, "triaged", "sp:3");
        String key = t.awaitJiraTwin(number);
        t.awaitQuiet();

        JsonNode fields = t.jira.issue(key).path("fields");
        assertThat(fields.path("parent").path("key").asText()).isEqualTo(parent);
        assertThat(fields.path(storyPoints).asDouble()).isEqualTo(3.0);
        assertThat(fields.at("/worklog/total").asInt()).isEqualTo(1);
        assertThat(fields.at("/timetracking/timeSpentSeconds").asLong()).isEqualTo(1800);
        List<String> jiraWrites = t.demo.jira().journal().since(mark).stream()
                .filter(e -> !e.method().equals("GET") && !e.path().endsWith("/search/jql")).map(e -> e.method() + " " + e.path()).toList();
        assertThat(jiraWrites).containsExactly("POST /rest/api/3/issue", "PUT /rest/api/3/issue/" + key);
    }

    private static List<String> keys(JsonNode issues) {
        List<String> keys = new ArrayList<>();
        issues.forEach(i -> keys.add(i.path("key").asText()));
        return keys;
    }
}
