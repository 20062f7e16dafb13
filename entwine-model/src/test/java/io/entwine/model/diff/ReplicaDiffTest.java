package io.entwine.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.model.codec.ReplicaCodec;
import io.entwine.model.testing.Property;
import io.entwine.model.testing.RandomReplicas;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaDiffTest {

    private static HubIssue sample() {
        HubIssue issue = new HubIssue();
        issue.setKey("PRJ-1");
        issue.setSummary("Crash");
        issue.setStatus(new HubStatus("3", "In Progress"));
        issue.setLabels(List.of("a", "b"));
        issue.setAssignees(List.of(HubUser.ofKey("ann"), HubUser.ofKey("bob")));
        issue.getComments().add(new HubComment("c1", "first", HubUser.ofKey("ann"), Instant.EPOCH, null));
        issue.getComments().add(new HubComment("c2", "second", HubUser.ofKey("bob"), Instant.EPOCH, null));
        issue.getCustomFields().put("Story Points", new HubCustomField("cf1", "Story Points", "number", 5L));
        issue.getCustomKeys().put("origin", "jira");
        issue.set("caseComment", "hello");
        issue.setUpdated(Instant.parse("2024-01-01T00:00:00Z"));
        return issue;
    }

    private static JsonNode json(HubIssue issue) {
        return ReplicaCodec.toJson(issue);
    }

    @Test
    void sameReplicaHasNoDiff() {
        assertThat(ReplicaDiff.isEmpty(json(sample()), json(sample()))).isTrue();
    }

    @Test
    void ignoresTheVolatileUpdatedTimestamp() {
        HubIssue later = sample();
        later.setUpdated(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(ReplicaDiff.changedProperties(json(sample()), json(later))).isEmpty();
    }

    @Test
    void comparesLabelsAndAssigneesAsSetsAndStatusByNameIgnoringCase() {
        HubIssue reordered = sample();
        reordered.setLabels(List.of("b", "a", "b"));
        reordered.setAssignees(List.of(new HubUser("bob", null, null, "Bob B.", null), HubUser.ofKey("ann")));
        reordered.setStatus(new HubStatus(null, "in progress"));
        Collections.reverse(reordered.getComments());
        reordered.getComments().get(0).setRemoteId("R-1");
        reordered.setSummary("Crash");
        reordered.getCustomFields().put("Story Points", new HubCustomField(null, "Story Points", null, new BigDecimal("5.0")));

        assertThat(ReplicaDiff.changedProperties(json(sample()), json(reordered))).isEmpty();
    }

    @Test
    void namesEachTopLevelPropertyThatChangedInCanonicalOrder() {
        HubIssue changed = sample();
        changed.set("caseComment", "bye");
        changed.getCustomKeys().put("origin", "github");
        changed.getCustomFields().get("Story Points").setValue(8L);
        changed.getComments().get(1).setBody("second, edited");
        changed.getLabels().remove(0);
        changed.setStatus(new HubStatus("4", "In Progress"));
        changed.setSummary("Crash!");
        changed.set("newExtra", List.of(1));

        assertThat(ReplicaDiff.changedProperties(json(sample()), json(changed)))
                .containsExactly("summary", "status", "labels", "comments", "customFields", "customKeys", "caseComment", "newExtra");
    }

    @Test
    void treatsEmptyAndMissingTextAsTheSame() {
        HubIssue a = new HubIssue();
        a.setDescription("");
        HubIssue b = new HubIssue();
        assertThat(ReplicaDiff.isEmpty(a, b)).isTrue();
        b.setDescription("text");
        assertThat(ReplicaDiff.changedProperties(a, b)).containsExactly("description");
    }

    @Test
    void diffsAgainstNothingWhenNoReplicaWasSentYet() {
        assertThat(ReplicaDiff.changedProperties((JsonNode) null, json(sample())))
                .containsExactly("key", "summary", "status", "assignees", "labels", "comments", "customFields", "customKeys", "caseComment");
    }

    @Test
    void equivalentRandomReplicasHaveNoDiff() {
        Property.check("equivalent replicas have no diff", 500, (random, i) -> {
            RandomReplicas gen = new RandomReplicas(random);
            HubIssue issue = gen.issue();
            HubIssue twin = ReplicaCodec.fromJson(ReplicaCodec.toJson(issue));
            List<Object> labels = new ArrayList<>(twin.getLabels());
            Collections.shuffle(labels, random);
            twin.setLabels(labels);
            Collections.shuffle(twin.getAssignees(), random);
            Collections.shuffle(twin.getComments(), random);
            sortNewCommentsLikeOriginal(issue, twin);
            if (twin.getStatus() != null) twin.setStatus(new HubStatus(null, twin.getStatus().name().toUpperCase(java.util.Locale.ROOT)));
            twin.setUpdated(gen.instant());
            for (HubComment c : twin.getComments()) c.setUpdated(gen.instant());

            assertThat(ReplicaDiff.changedProperties(json(issue), json(twin))).isEmpty();
        });
    }

    @Test
    void aChangeToOneRandomPropertyIsReportedAsExactlyThatProperty() {
        Property.check("one changed property is reported alone", 500, (random, i) -> {
            RandomReplicas gen = new RandomReplicas(random);
            HubIssue issue = gen.issue();
            HubIssue changed = issue.copy();
            String property = MappedFields.changeOneTopLevelProperty(changed, gen);

            assertThat(ReplicaDiff.changedProperties(json(issue), json(changed))).containsExactly(property);
            assertThat(ReplicaDiff.changedProperties(json(changed), json(issue))).containsExactly(property);
        });
    }

    /** Comments without an id are compared in order, so only the ones with an id may move. */
    private static void sortNewCommentsLikeOriginal(HubIssue original, HubIssue twin) {
        List<HubComment> withoutId = new ArrayList<>();
        for (HubComment c : original.getComments()) if (c.getId() == null) withoutId.add(c.copy());
        twin.getComments().removeIf(c -> c.getId() == null);
        twin.getComments().addAll(withoutId);
    }
}
