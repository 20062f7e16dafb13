package io.entwine.connector.jira;

import io.entwine.testkit.JiraCloudContract;
import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubUser;
import io.entwine.emulator.core.RecordedExchange;
import io.entwine.testkit.ApiSpecs;
import io.entwine.testkit.OpenApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request the connector sends (and every answer it relies on) fits Atlassian's description of Jira Cloud. */
class JiraConnectorContractTest {
    private final JiraFixture f = new JiraFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private void everySpiCall() {
        f.started();
        f.connector.trackerInfo();
        HubIssue draft = new HubIssue();
        draft.setSummary("Contract");
        draft.setDescription("First paragraph.\n\nSecond.");
        draft.setTypeName("Bug");
        draft.setPriority("High");
        draft.setLabels(List.of("one", "two words"));
        draft.setAssignee(new HubUser(null, null, "alice@example.com", null, true));
        String key = f.connector.create(draft).key();
        f.clock.advance(Duration.ofMinutes(1));
        f.connector.update(key, new FieldChanges(Map.of("summary", "Contract 2", "description", "Changed.",
                "priority", "Low", "labels", List.of(new HubLabel("three")),
                "assignees", List.of(HubUser.ofKey(f.jira.accountId("bob@example.com"))))));
        HubComment comment = f.connector.addComment(key, new HubComment(null, "A comment", null, null, null));
        f.connector.editComment(key, comment.getId(), "An edited comment");
        f.connector.read(key);
        f.connector.transition(key, "Done");
        f.connector.deleteComment(key, comment.getId());
        f.connector.deleteComment(key, comment.getId());
        ChangePage page = f.connector.changesSince(null, 1);
        f.connector.changesSince(page.nextCursor(), 1);
        f.connector.query("project = DEMO AND status = Done", null, 10);
        f.connector.userByEmail("carol@example.com");
        f.connector.status("In Progress");
        f.connector.priority("Lowest");
        f.connector.issueType("Story", "DEMO");
        f.connector.issueType("Story", null);
        try {
            f.connector.read("DEMO-404");
        } catch (io.entwine.api.errors.EntityNotFoundException expected) {
            // the 404 exchange is part of the contract too
        }
        f.connector.ensureWebhook("http://127.0.0.1:9/jira-hook");
    }

    @Test
    void everyRestV3RequestTheConnectorSendsFitsTheOfficialDescription() {
        everySpiCall();

        List<RecordedExchange> exchanges = f.jira.journal().matching(e -> e.path().startsWith("/rest/api/3/"));
        assertThat(exchanges).extracting(e -> e.method() + " " + e.path().replaceAll("DEMO-\\d+|\\d{5}", "{}")).contains(
                "GET /rest/api/3/myself", "GET /rest/api/3/project/DEMO", "POST /rest/api/3/issue", "PUT /rest/api/3/issue/{}",
                "GET /rest/api/3/issue/{}", "POST /rest/api/3/issue/{}/comment", "PUT /rest/api/3/issue/{}/comment/{}",
                "DELETE /rest/api/3/issue/{}/comment/{}", "POST /rest/api/3/issue/{}/transitions", "POST /rest/api/3/search/jql",
                "GET /rest/api/3/user/search", "GET /rest/api/3/status", "GET /rest/api/3/priority/search", "GET /rest/api/3/issuetype");
        assertThat(new JiraCloudContract().violations(exchanges)).isEmpty();
    }

    @Test
    void theWebhookRegistrationFitsTheWebhookDescription() {
        everySpiCall();

        List<RecordedExchange> exchanges = f.jira.journal().matching(e -> e.path().startsWith("/rest/webhooks/"));
        assertThat(exchanges).extracting(RecordedExchange::method).containsExactly("GET", "POST");
        // The validator closes every object schema it checks (additionalProperties: false), so each part of
        // AdminWebhook's allOf rejects the other part's properties and no instance could ever match the allOf.
        assertThat(OpenApiContract.of(ApiSpecs.jiraWebhooks()).ignoring("validation.response.body.schema.allOf")
                .violations(exchanges)).isEmpty();
    }
}
