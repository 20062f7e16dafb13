package io.entwine.emulator.jira;

import io.entwine.testkit.ManualClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static io.entwine.emulator.jira.JiraHttp.doc;
import static io.entwine.emulator.jira.JiraHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class JiraEmulatorIssueTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:15:30.123Z"));
    private JiraEmulator jira;
    private JiraHttp http;

    @BeforeEach
    void start() {
        jira = new JiraEmulator(clock).start(0);
        http = JiraHttp.asDemo(jira);
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void createsAndReadsAnIssueInJiraShape() {
        ObjectNode request = json("{'fields':{'project':{'key':'DEMO'},'issuetype':{'name':'Bug'},'summary':'Printer on fire',"
                + "'priority':{'name':'High'},'labels':['hardware','urgent'],'assignee':{'accountId':'" + jira.accountId("alice@example.com") + "'}}}");
        request.withObjectProperty("fields").set("description", doc("It smokes."));

        JiraHttp.Response created = http.post("/rest/api/3/issue", request);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("/key")).isEqualTo("DEMO-1");
        assertThat(created.text("/id")).isEqualTo("10000");
        assertThat(created.text("/self")).isEqualTo(jira.baseUrl() + "/rest/api/3/issue/10000");

        JiraHttp.Response issue = http.get("/rest/api/3/issue/DEMO-1");
        assertThat(issue.status()).isEqualTo(200);
        assertThat(issue.text("/fields/summary")).isEqualTo("Printer on fire");
        assertThat(issue.body().at("/fields/description")).isEqualTo(doc("It smokes."));
        assertThat(issue.text("/fields/status/name")).isEqualTo("To Do");
        assertThat(issue.text("/fields/status/statusCategory/key")).isEqualTo("new");
        assertThat(issue.text("/fields/priority/name")).isEqualTo("High");
        assertThat(issue.text("/fields/issuetype/name")).isEqualTo("Bug");
        assertThat(issue.text("/fields/project/key")).isEqualTo("DEMO");
        assertThat(issue.text("/fields/project/name")).isEqualTo("Demo project");
        assertThat(issue.text("/fields/assignee/emailAddress")).isEqualTo("alice@example.com");
        assertThat(issue.text("/fields/reporter/displayName")).isEqualTo("Demo Admin");
        assertThat(issue.text("/fields/creator/accountId")).isEqualTo(jira.accountId("demo@example.com"));
        assertThat(issue.body().at("/fields/labels")).hasSize(2);
        assertThat(issue.text("/fields/created")).isEqualTo("2026-11-23T10:15:30.123+0000");
        assertThat(issue.text("/fields/updated")).isEqualTo("2026-11-23T10:15:30.123+0000");
        assertThat(issue.body().at("/fields/comment/total").asInt()).isZero();
        assertThat(http.get("/rest/api/3/issue/10000").text("/key")).isEqualTo("DEMO-1");
    }

    @Test
    void newIssuesGetTheDefaultPriorityAndConsecutiveKeys() {
        assertThat(http.createIssue("one")).isEqualTo("DEMO-1");
        assertThat(http.createIssue("two")).isEqualTo("DEMO-2");
        assertThat(http.get("/rest/api/3/issue/DEMO-2").text("/fields/priority/name")).isEqualTo("Medium");
        assertThat(jira.issueCount()).isEqualTo(2);
    }

    @Test
    void refusesUnknownAndMissingFieldsWithJirasErrorsMap() {
        JiraHttp.Response response = http.post("/rest/api/3/issue",
                json("{'fields':{'project':{'key':'DEMO'},'issuetype':{'name':'Task'},'summary':'x','storyPoints':3}}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/storyPoints"))
                .isEqualTo("Field 'storyPoints' cannot be set. It is not on the appropriate screen, or unknown.");
        assertThat(jira.issueCount()).isZero();

        JiraHttp.Response missing = http.post("/rest/api/3/issue", json("{'fields':{'project':{'key':'NOPE'}}}"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/errors").fieldNames()).toIterable().containsExactlyInAnyOrder("project", "issuetype", "summary");
    }

    @Test
    void refusesADescriptionThatIsNotAnAdfDocument() {
        JiraHttp.Response response = http.post("/rest/api/3/issue",
                json("{'fields':{'project':{'key':'DEMO'},'issuetype':{'name':'Task'},'summary':'x','description':'plain text'}}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/description")).startsWith("Operation value must be an Atlassian Document");
    }

    @Test
    void editsFieldsAndLabelVerbsAndBumpsUpdated() {
        String key = http.createIssue("before");
        clock.advance(Duration.ofMinutes(5));

        JiraHttp.Response edited = http.put("/rest/api/3/issue/" + key,
                json("{'fields':{'summary':'after','priority':{'id':'1'}},'update':{'labels':[{'add':'a'},{'add':'b'},{'remove':'a'}]}}"));

        assertThat(edited.status()).isEqualTo(204);
        JiraHttp.Response issue = http.get("/rest/api/3/issue/" + key);
        assertThat(issue.text("/fields/summary")).isEqualTo("after");
        assertThat(issue.text("/fields/priority/name")).isEqualTo("Highest");
        assertThat(issue.body().at("/fields/labels").toString()).isEqualTo("[\"b\"]");
        assertThat(issue.text("/fields/updated")).isEqualTo("2026-11-23T10:20:30.123+0000");

        http.put("/rest/api/3/issue/" + key, json("{'update':{'labels':[{'set':['x','y']}]}}"));
        assertThat(http.get("/rest/api/3/issue/" + key).body().at("/fields/labels").toString()).isEqualTo("[\"x\",\"y\"]");
    }

    @Test
    void everyWriteMakesUpdatedStrictlyLaterEvenWhenTheClockStandsStill() {
        String key = http.createIssue("x");
        String first = http.get("/rest/api/3/issue/" + key).text("/fields/updated");
        http.put("/rest/api/3/issue/" + key, json("{'fields':{'summary':'y'}}"));
        String second = http.get("/rest/api/3/issue/" + key).text("/fields/updated");
        http.put("/rest/api/3/issue/" + key, json("{'fields':{'summary':'z'}}"));
        String third = http.get("/rest/api/3/issue/" + key).text("/fields/updated");

        assertThat(first).isEqualTo("2026-11-23T10:15:30.123+0000");
        assertThat(second).isEqualTo("2026-11-23T10:15:30.124+0000");
        assertThat(third).isEqualTo("2026-11-23T10:15:30.125+0000");
    }

    @Test
    void anEditThatChangesNothingLeavesUpdatedAlone() {
        String key = http.createIssue("same");
        clock.advance(Duration.ofMinutes(1));

        http.put("/rest/api/3/issue/" + key, json("{'fields':{'summary':'same'}}"));

        assertThat(http.get("/rest/api/3/issue/" + key).text("/fields/updated")).isEqualTo("2026-11-23T10:15:30.123+0000");
    }

    @Test
    void statusCannotBeEditedDirectly() {
        String key = http.createIssue("x");

        JiraHttp.Response response = http.put("/rest/api/3/issue/" + key, json("{'fields':{'status':{'name':'Done'}}}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/status")).contains("cannot be set");
    }

    @Test
    void deletesAnIssueAndThenAnswers404() {
        String key = http.createIssue("doomed");

        assertThat(http.delete("/rest/api/3/issue/" + key).status()).isEqualTo(204);

        JiraHttp.Response gone = http.get("/rest/api/3/issue/" + key);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("/errorMessages/0")).isEqualTo("Issue does not exist or you do not have permission to see it.");
        assertThat(jira.issueCount()).isZero();
    }

    @Test
    void limitsReturnedFieldsToTheFieldsParameter() {
        String key = http.createIssue("x");

        JiraHttp.Response issue = http.get("/rest/api/3/issue/" + key + "?fields=summary,updated");

        assertThat(issue.body().get("fields").fieldNames()).toIterable().containsExactlyInAnyOrder("summary", "updated");
    }

    @Test
    void transitionsMoveTheIssueToTheTargetStatusAndRefuseUnknownIds() {
        String key = http.createIssue("x");
        JiraHttp.Response transitions = http.get("/rest/api/3/issue/" + key + "/transitions");
        assertThat(transitions.body().get("transitions")).extracting(t -> t.at("/to/name").asText())
                .containsExactly("In Progress", "Done");
        String doneId = transitions.body().get("transitions").get(1).get("id").asText();
        clock.advance(Duration.ofSeconds(2));

        assertThat(http.post("/rest/api/3/issue/" + key + "/transitions", json("{'transition':{'id':'" + doneId + "'}}")).status()).isEqualTo(204);

        JiraHttp.Response issue = http.get("/rest/api/3/issue/" + key + "?expand=changelog");
        assertThat(issue.text("/fields/status/name")).isEqualTo("Done");
        assertThat(issue.text("/fields/status/statusCategory/key")).isEqualTo("done");
        assertThat(issue.text("/fields/resolution/name")).isEqualTo("Done");
        assertThat(issue.text("/fields/updated")).isEqualTo("2026-11-23T10:15:32.123+0000");
        assertThat(issue.text("/changelog/histories/0/items/0/toString")).isEqualTo("Done");

        JiraHttp.Response expanded = http.get("/rest/api/3/issue/" + key + "?fields=status&expand=transitions");
        assertThat(expanded.body().get("transitions")).extracting(t -> t.at("/to/name").asText()).containsExactly("To Do", "In Progress");

        JiraHttp.Response invalid = http.post("/rest/api/3/issue/" + key + "/transitions", json("{'transition':{'id':'" + doneId + "'}}"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("/errorMessages/0")).isEqualTo("Transition id '" + doneId + "' is not valid for this issue.");
    }

    @Test
    void rendersTimestampsInTheCallersProfileTimeZone() {
        String key = http.createIssue("x");
        jira.setTimeZone("demo@example.com", ZoneId.of("Europe/Berlin"));

        assertThat(http.get("/rest/api/3/issue/" + key).text("/fields/created")).isEqualTo("2026-11-23T11:15:30.123+0100");
        assertThat(http.get("/rest/api/3/myself").text("/timeZone")).isEqualTo("Europe/Berlin");
    }

    @Test
    void refusesRequestsWithoutValidCredentials() {
        JiraHttp anonymous = new JiraHttp(jira.baseUrl(), null, null);
        JiraHttp wrongToken = new JiraHttp(jira.baseUrl(), "demo@example.com", "wrong");

        JiraHttp.Response none = anonymous.get("/rest/api/3/myself");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.text("/errorMessages/0")).isEqualTo("Client must be authenticated to access this resource.");
        assertThat(wrongToken.post("/rest/api/3/issue", json("{'fields':{}}")).status()).isEqualTo(401);
        assertThat(anonymous.get("/rest/webhooks/1.0/webhook").status()).isEqualTo(401);
        assertThat(jira.journal().all()).extracting(e -> e.status()).containsOnly(401);
    }

    @Test
    void otherUsersAuthenticateWithTheirOwnTokenAndAreNotAdministrators() {
        jira.setApiToken("alice@example.com", "alice-token");
        JiraHttp alice = new JiraHttp(jira.baseUrl(), "alice@example.com", "alice-token");

        String key = alice.createIssue("by alice");

        assertThat(http.get("/rest/api/3/issue/" + key).text("/fields/creator/displayName")).isEqualTo("Alice Able");
        assertThat(alice.get("/rest/webhooks/1.0/webhook").status()).isEqualTo(403);
    }

    @Test
    void answersRateLimitedRequestsWith429AndRetryAfter() {
        jira.setRateLimit(2);

        assertThat(http.get("/rest/api/3/myself").status()).isEqualTo(200);
        assertThat(http.get("/rest/api/3/myself").status()).isEqualTo(200);
        JiraHttp.Response limited = http.get("/rest/api/3/myself");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.headers().firstValue("X-RateLimit-Limit")).hasValue("2");
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(limited.headers().firstValue("RateLimit-Reason")).hasValue("jira-burst-based");

        clock.advance(Duration.ofSeconds(1));
        assertThat(http.get("/rest/api/3/myself").status()).isEqualTo(200);
    }
}
