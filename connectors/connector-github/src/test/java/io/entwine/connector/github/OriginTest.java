package io.entwine.connector.github;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.emulator.core.faults.Fault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OriginTest extends ConnectorFixture {

    private static HubIssue draft(String summary, String description) {
        HubIssue draft = new HubIssue();
        draft.setSummary(summary);
        draft.setDescription(description);
        return draft;
    }

    @Test
    void theOriginMarkerIsHiddenInTheBodyAndNeverReadBack() {
        String key = connector.create(draft("marked", "Some text"), "entwine:c1/DEMO-1").key();
        String number = connector.create(draft("no text", null), "entwine:c1/DEMO-2").key();

        assertThat(alice.get(ISSUES + "/" + key).path("body").asText()).isEqualTo("Some text\n\n<!-- entwine:origin entwine:c1/DEMO-1 -->");
        assertThat(connector.read(key).getDescription()).isEqualTo("Some text");
        assertThat(connector.read(number).getDescription()).isNull();
    }

    @Test
    void anIssueCreatedWithAnOriginIsFoundByThatOriginOnly() {
        issueByAlice("alice's");
        EntityRef created = connector.create(draft("mine", "x"), "entwine:c1/DEMO-1");
        connector.create(draft("other", "y"), "entwine:c1/DEMO-2");

        assertThat(connector.findCreated("entwine:c1/DEMO-1")).map(EntityRef::key).contains(created.key());
        assertThat(connector.findCreated("entwine:c1/DEMO-3")).isEmpty();
    }

    @Test
    void aCreateAnswered5xxIsLookedUpThenSentAgainAndMakesOneIssue() {
        github.faults().scope(r -> r.method().equals("POST") && r.path().equals(ISSUES)).next(1, Fault.serverError(502));

        EntityRef created = connector.create(draft("once", "text"), "entwine:c1/DEMO-5");

        assertThat(alice.get(ISSUES + "?state=all").size()).isEqualTo(1);
        assertThat(connector.findCreated("entwine:c1/DEMO-5")).map(EntityRef::key).contains(created.key());
    }

    @Test
    void aCommentAddedWithAnOriginIsFoundAndReadWithoutItsMarker() {
        String key = connector.create(draft("with comments", "x"), "entwine:c1/DEMO-9").key();
        HubComment added = connector.addComment(key, new HubComment(null, "said once", null, null, null), "entwine:c1/DEMO-9/comment/5");

        assertThat(added.getBody()).isEqualTo("said once");
        assertThat(connector.findComment(key, "entwine:c1/DEMO-9/comment/5")).map(HubComment::getId).contains(added.getId());
        assertThat(connector.findComment(key, "entwine:c1/DEMO-9/comment/6")).isEmpty();
        assertThat(connector.read(key).getComments()).extracting(HubComment::getBody).containsExactly("said once");
    }
}
