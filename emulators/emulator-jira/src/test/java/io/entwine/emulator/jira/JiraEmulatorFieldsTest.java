package io.entwine.emulator.jira;

import io.entwine.emulator.core.RecordedExchange;
import io.entwine.testkit.JiraCloudContract;
import io.entwine.testkit.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.entwine.emulator.jira.JiraHttp.doc;
import static io.entwine.emulator.jira.JiraHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Work logs, links, parents and sub-tasks, typed custom fields, components, versions, due date and time tracking. */
class JiraEmulatorFieldsTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private JiraEmulator jira;
    private JiraHttp http;
    private String text, number, date, datetime, select, multi, cascade, user, users;

    @BeforeEach
    void start() {
        jira = new JiraEmulator(clock).start(0);
        http = JiraHttp.asDemo(jira);
        text = jira.addCustomField("Customer", CustomFieldType.TEXT);
        number = jira.addCustomField("Story Points", CustomFieldType.NUMBER);
        date = jira.addCustomField("Go-live", CustomFieldType.DATE);
        datetime = jira.addCustomField("Incident start", CustomFieldType.DATETIME);
        select = jira.addCustomField("Severity", CustomFieldType.SELECT, "Low", "High");
        multi = jira.addCustomField("Platforms", CustomFieldType.MULTISELECT, "Linux", "Mac", "Windows");
        cascade = jira.addCustomField("Region", CustomFieldType.CASCADING, "EU/Paris", "EU/Berlin", "US/Boston");
        user = jira.addCustomField("Reviewer", CustomFieldType.USER);
        users = jira.addCustomField("Approvers", CustomFieldType.MULTIUSER);
        jira.addComponent("DEMO", "Backend");
        jira.addComponent("DEMO", "Frontend");
        jira.addVersion("DEMO", "1.0");
        jira.addVersion("DEMO", "2.0");
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    private JiraHttp.Response edit(String key, String body) {
        return http.put("/rest/api/3/issue/" + key, json(body));
    }

    private JiraHttp.Response fields(String key) {
        return http.get("/rest/api/3/issue/" + key);
    }

    private static List<String> keys(com.fasterxml.jackson.databind.JsonNode issues) {
        List<String> keys = new java.util.ArrayList<>();
        issues.forEach(i -> keys.add(i.get("key").asText()));
        return keys;
    }

    @Test
    void listsCustomFieldsWithTheirSchemaTypes() {
        JiraHttp.Response fields = http.get("/rest/api/3/field");

        assertThat(fields.status()).isEqualTo(200);
        Map<String, String> types = new java.util.HashMap<>();
        fields.body().forEach(f -> types.put(f.get("name").asText(), f.at("/schema/type").asText() + "/" + f.at("/schema/items").asText("")));
        assertThat(types).containsEntry("Story Points", "number/").containsEntry("Platforms", "array/option")
                .containsEntry("Region", "option-with-child/").containsEntry("Approvers", "array/user")
                .containsEntry("Go-live", "date/").containsEntry("Log Work", "array/worklog");
        assertThat(fields.body().findValuesAsText("id")).contains(text, number, select, "summary");
    }

    @Test
    void writesAndReadsEveryCustomFieldType() {
        String key = http.createIssue("typed");
        String alice = jira.accountId("alice@example.com");
        String bob = jira.accountId("bob@example.com");

        JiraHttp.Response edited = edit(key, "{'fields':{'" + text + "':'ACME','" + number + "':5,'" + date + "':'2026-12-01','"
                + datetime + "':'2026-11-20T08:30:00.000+0000','" + select + "':{'value':'High'},'" + multi + "':[{'value':'Linux'},{'value':'mac'}],'"
                + cascade + "':{'value':'EU','child':{'value':'Berlin'}},'" + user + "':{'accountId':'" + alice + "'},'"
                + users + "':[{'accountId':'" + alice + "'},{'accountId':'" + bob + "'}]}}");

        assertThat(edited.status()).isEqualTo(204);
        JiraHttp.Response read = fields(key);
        assertThat(read.text("/fields/" + text)).isEqualTo("ACME");
        assertThat(read.body().at("/fields/" + number).asDouble()).isEqualTo(5.0);
        assertThat(read.text("/fields/" + date)).isEqualTo("2026-12-01");
        assertThat(read.text("/fields/" + datetime)).isEqualTo("2026-11-20T08:30:00.000+0000");
        assertThat(read.text("/fields/" + select + "/value")).isEqualTo("High");
        assertThat(read.body().at("/fields/" + multi).findValuesAsText("value")).containsExactly("Linux", "Mac");
        assertThat(read.text("/fields/" + cascade + "/value")).isEqualTo("EU");
        assertThat(read.text("/fields/" + cascade + "/child/value")).isEqualTo("Berlin");
        assertThat(read.text("/fields/" + user + "/accountId")).isEqualTo(alice);
        assertThat(read.body().at("/fields/" + users).findValuesAsText("accountId")).containsExactly(alice, bob);
        JiraHttp.Response history = http.get("/rest/api/3/issue/" + key + "/changelog");
        assertThat(history.body().at("/values/0/items").findValuesAsText("fieldtype")).containsOnly("custom");
        assertThat(history.body().at("/values/0/items").findValuesAsText("toString")).contains("ACME", "5", "High", "EU - Berlin", "Alice Able");
    }

    @Test
    void refusesCustomValuesThatDoNotFitNamingEachField() {
        String key = http.createIssue("typed");

        JiraHttp.Response refused = edit(key, "{'fields':{'" + number + "':'five','" + select + "':{'value':'Urgent'},'"
                + cascade + "':{'value':'US','child':{'value':'Paris'}},'customfield_99999':'x'}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder(number, select, cascade, "customfield_99999");
        assertThat(refused.text("/errors/" + select)).isEqualTo("Option value 'Urgent' is not valid");
        assertThat(fields(key).body().at("/fields/" + number).isNull()).isTrue();
    }

    @Test
    void logsWorkThroughTheEditUpdateWithTotalsChangelogAndANewUpdated() {
        String key = http.createIssue("worked");
        edit(key, "{'fields':{'timetracking':{'originalEstimate':'1d'}}}");
        clock.advance(Duration.ofMinutes(5));

        JiraHttp.Response logged = edit(key, "{'update':{'worklog':[{'add':{'timeSpentSeconds':5400,'started':'2026-11-23T09:00:00.000+0000',"
                + "'comment':" + doc("pairing") + "}},{'add':{'timeSpent':'2h'}}]}}");

        assertThat(logged.status()).isEqualTo(204);
        JiraHttp.Response read = fields(key);
        assertThat(read.body().at("/fields/worklog/total").asInt()).isEqualTo(2);
        assertThat(read.text("/fields/worklog/worklogs/0/timeSpent")).isEqualTo("1h 30m");
        assertThat(read.text("/fields/worklog/worklogs/0/started")).isEqualTo("2026-11-23T09:00:00.000+0000");
        assertThat(read.body().at("/fields/worklog/worklogs/0/comment")).isEqualTo(doc("pairing"));
        assertThat(read.text("/fields/worklog/worklogs/1/author/accountId")).isEqualTo(jira.accountId("demo@example.com"));
        assertThat(read.body().at("/fields/timespent").asLong()).isEqualTo(12600);
        assertThat(read.body().at("/fields/timetracking/remainingEstimateSeconds").asLong()).isEqualTo(8 * 3600 - 12600);
        assertThat(read.text("/fields/timetracking/originalEstimate")).isEqualTo("1d");
        assertThat(read.text("/fields/updated")).isEqualTo("2026-11-23T10:05:00.000+0000");
        JiraHttp.Response history = http.get("/rest/api/3/issue/" + key + "/changelog");
        assertThat(history.body().at("/values/1/items").findValuesAsText("field")).contains("timespent", "WorklogId", "timeestimate");
    }

    @Test
    void refusesWorkLogsOutsideTheUpdateAddVerb() {
        String key = http.createIssue("worked");

        assertThat(edit(key, "{'update':{'worklog':[{'set':{'timeSpent':'1h'}}]}}").status()).isEqualTo(400);
        assertThat(edit(key, "{'fields':{'worklog':[{'timeSpent':'1h'}]}}").status()).isEqualTo(400);
        assertThat(edit(key, "{'update':{'worklog':[{'add':{'timeSpent':'soon'}}]}}").status()).isEqualTo(400);
        assertThat(fields(key).body().at("/fields/worklog/total").asInt()).isZero();
    }

    @Test
    void showsALinkOnBothIssuesAndBumpsBoth() {
        String blocker = http.createIssue("blocker");
        String blocked = http.createIssue("blocked");
        clock.advance(Duration.ofMinutes(1));

        JiraHttp.Response linked = edit(blocker, "{'update':{'issuelinks':[{'add':{'type':{'name':'Blocks'},'outwardIssue':{'key':'" + blocked + "'}}}]}}");

        assertThat(linked.status()).isEqualTo(204);
        JiraHttp.Response from = fields(blocker);
        JiraHttp.Response to = fields(blocked);
        assertThat(from.text("/fields/issuelinks/0/type/name")).isEqualTo("Blocks");
        assertThat(from.text("/fields/issuelinks/0/outwardIssue/key")).isEqualTo(blocked);
        assertThat(to.text("/fields/issuelinks/0/inwardIssue/key")).isEqualTo(blocker);
        assertThat(to.text("/fields/issuelinks/0/id")).isEqualTo(from.text("/fields/issuelinks/0/id"));
        assertThat(from.text("/fields/updated")).isEqualTo("2026-11-23T10:01:00.000+0000");
        assertThat(to.text("/fields/updated")).startsWith("2026-11-23T10:01:00");
        assertThat(http.get("/rest/api/3/issue/" + blocked + "/changelog").text("/values/0/items/0/toString"))
                .isEqualTo("This issue is blocked by " + blocker);

        edit(blocker, "{'update':{'issuelinks':[{'add':{'type':{'name':'Blocks'},'outwardIssue':{'key':'" + blocked + "'}}}]}}");
        assertThat(fields(blocker).body().at("/fields/issuelinks").size()).isEqualTo(1);
        assertThat(edit(blocker, "{'update':{'issuelinks':[{'add':{'type':{'name':'Nope'},'outwardIssue':{'key':'" + blocked + "'}}}]}}").status()).isEqualTo(400);
        assertThat(edit(blocker, "{'update':{'issuelinks':[{'add':{'type':{'name':'Blocks'},'inwardIssue':{'key':'" + blocker + "'}}}]}}").status()).isEqualTo(400);
    }

    @Test
    void listsSubTasksOnTheirParentAndMovesASubTaskToAnotherParent() {
        String parent = http.createIssue("parent");
        String other = http.createIssue("other parent");
        String sub = http.post("/rest/api/3/issue", json("{'fields':{'project':{'key':'DEMO'},'issuetype':{'name':'Sub-task'},"
                + "'summary':'child','parent':{'key':'" + parent + "'}}}")).text("/key");

        assertThat(keys(fields(parent).body().at("/fields/subtasks"))).containsExactly(sub);
        assertThat(fields(sub).text("/fields/parent/key")).isEqualTo(parent);

        assertThat(edit(sub, "{'fields':{'parent':{'key':'" + other + "'}}}").status()).isEqualTo(204);
        assertThat(fields(parent).body().at("/fields/subtasks").size()).isZero();
        assertThat(keys(fields(other).body().at("/fields/subtasks"))).containsExactly(sub);
        assertThat(http.get("/rest/api/3/issue/" + sub + "/changelog").text("/values/0/items/0/toString")).isEqualTo(other);
        assertThat(edit(parent, "{'fields':{'parent':{'key':'" + other + "'}}}").status()).isEqualTo(400);
        assertThat(http.post("/rest/api/3/issue", json("{'fields':{'project':{'key':'DEMO'},'issuetype':{'name':'Sub-task'},'summary':'orphan'}}"))
                .status()).isEqualTo(400);
    }

    @Test
    void setsComponentsVersionsDueDateAndEnvironmentByNameOrOperation() {
        String key = http.post("/rest/api/3/issue", json("{'fields':{'summary':'versioned','components':[{'name':'Backend'}],"
                + "'issuetype':{'name':'Task'},'project':{'key':'DEMO'},'fixVersions':[{'name':'1.0'}],'duedate':'2026-12-24'}}")).text("/key");

        edit(key, "{'update':{'components':[{'add':{'name':'Frontend'}},{'remove':{'name':'Backend'}}],'versions':[{'set':[{'name':'2.0'}]}]}}");

        JiraHttp.Response read = fields(key);
        assertThat(read.body().at("/fields/components").findValuesAsText("name")).containsExactly("Frontend");
        assertThat(read.body().at("/fields/fixVersions").findValuesAsText("name")).containsExactly("1.0");
        assertThat(read.body().at("/fields/versions").findValuesAsText("name")).containsExactly("2.0");
        assertThat(read.text("/fields/duedate")).isEqualTo("2026-12-24");
        assertThat(edit(key, "{'fields':{'components':[{'name':'Nope'}]}}").status()).isEqualTo(400);
        assertThat(http.get("/rest/api/3/project/DEMO").body().at("/components").findValuesAsText("name")).containsExactly("Backend", "Frontend");
    }

    @Test
    void announcesAWorkLogAsAnIssueUpdate() {
        WebhookReceiver receiver = new WebhookReceiver();
        try {
            http.post("/rest/webhooks/1.0/webhook", Map.of("name", "entwine", "url", receiver.url("/hook"),
                    "events", List.of("jira:issue_updated"), "filters", Map.of("issue-related-events-section", "project = DEMO")));
            String key = http.createIssue("worked");
            edit(key, "{'update':{'worklog':[{'add':{'timeSpent':'1h'}}]}}");

            await().atMost(Duration.ofSeconds(5)).until(() -> !receiver.deliveries().isEmpty());
            assertThat(receiver.deliveries().get(0).json().get("issue_event_type_name").asText()).isEqualTo("issue_work_logged");
            assertThat(receiver.deliveries().get(0).json().at("/changelog/items").findValuesAsText("field")).contains("timespent");
        } finally {
            receiver.close();
        }
    }

    @Test
    void everyExchangeOfTheseFieldsFitsTheOfficialDescription() {
        String parent = http.createIssue("parent");
        String other = http.createIssue("other");
        String sub = http.post("/rest/api/3/issue", json("{'fields':{'project':{'key':'DEMO'},'issuetype':{'name':'Sub-task'},"
                + "'summary':'child','parent':{'key':'" + parent + "'},'" + select + "':{'value':'Low'}}}")).text("/key");
        edit(parent, "{'fields':{'" + multi + "':[{'value':'Linux'}],'" + cascade + "':{'value':'US','child':{'value':'Boston'}},'duedate':'2026-12-01',"
                + "'components':[{'name':'Backend'}],'fixVersions':[{'name':'1.0'}],'timetracking':{'originalEstimate':'2h'}},"
                + "'update':{'worklog':[{'add':{'timeSpentSeconds':600,'comment':" + doc("w") + "}}],"
                + "'issuelinks':[{'add':{'type':{'name':'Relates'},'inwardIssue':{'key':'" + other + "'}}}]}}");
        edit(sub, "{'fields':{'parent':{'key':'" + other + "'}}}");
        edit(sub, "{'fields':{'" + number + "':'x'}}");
        fields(parent);
        fields(sub);
        http.get("/rest/api/3/issue/" + parent + "?fields=worklog,issuelinks,subtasks," + select);
        http.get("/rest/api/3/field");
        http.get("/rest/api/3/project/DEMO");
        http.get("/rest/api/3/issue/" + parent + "/changelog");

        List<RecordedExchange> exchanges = jira.journal().matching(e -> e.path().startsWith("/rest/api/3/"));
        assertThat(exchanges).extracting(RecordedExchange::status).contains(200, 201, 204, 400);
        assertThat(new JiraCloudContract().violations(exchanges)).isEmpty();
    }
}
