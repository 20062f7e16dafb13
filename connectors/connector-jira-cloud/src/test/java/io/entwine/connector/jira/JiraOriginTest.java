package io.entwine.connector.jira;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.emulator.core.faults.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JiraOriginTest {
    private final JiraFixture f = new JiraFixture().started();

    @AfterEach
    void close() {
        f.close();
    }

    private static HubIssue draft(String summary) {
        HubIssue draft = new HubIssue();
        draft.setSummary(summary);
        return draft;
    }

    @Test
    void anIssueCreatedWithAnOriginIsFoundByThatOriginOnly() {
        f.aliceCreates("not ours");
        EntityRef created = f.connector.create(draft("mine"), "entwine:c1/GH-1");
        f.connector.create(draft("other"), "entwine:c1/GH-2");

        assertThat(f.connector.findCreated("entwine:c1/GH-1")).map(EntityRef::key).contains(created.key());
        assertThat(f.connector.findCreated("entwine:c1/GH-3")).isEmpty();
        assertThat(f.alice.get("/rest/api/3/search/jql?jql=" + io.entwine.connector.support.TrackerHttp.encode("project = DEMO ORDER BY created") + "&properties=entwine.origin")
                .body().path("issues").get(1).path("properties").path("entwine.origin").path("origin").asText())
                .isEqualTo("entwine:c1/GH-1");
    }

    @Test
    void aCreateAnswered5xxIsLookedUpThenSentAgainAndMakesOneIssue() {
        f.jira.faults().scope(r -> r.method().equals("POST") && r.path().equals("/rest/api/3/issue")).next(1, Fault.serverError(503));
        long mark = f.jira.journal().mark();

        EntityRef created = f.connector.create(draft("once"), "entwine:c1/GH-7");

        assertThat(f.jira.issueCount()).isEqualTo(1);
        assertThat(f.callsSince(mark)).containsExactly("POST /rest/api/3/issue", "POST /rest/api/3/search/jql", "POST /rest/api/3/issue");
        assertThat(f.connector.findCreated("entwine:c1/GH-7")).map(EntityRef::key).contains(created.key());
    }

    @Test
    void aCommentAddedWithAnOriginIsFoundOnItsIssue() {
        String key = f.connector.create(draft("with comments"), "entwine:c1/GH-9").key();
        HubComment added = f.connector.addComment(key, new HubComment(null, "said once", null, null, null), "entwine:c1/GH-9/comment/5");
        f.connector.addComment(key, new HubComment(null, "another", null, null, null), "entwine:c1/GH-9/comment/6");

        assertThat(f.connector.findComment(key, "entwine:c1/GH-9/comment/5")).map(HubComment::getId).contains(added.getId());
        assertThat(f.connector.findComment(key, "entwine:c1/GH-9/comment/7")).isEmpty();
        assertThat(f.connector.read(key).getComments()).extracting(HubComment::getBody).containsExactly("said once", "another");
    }
}
