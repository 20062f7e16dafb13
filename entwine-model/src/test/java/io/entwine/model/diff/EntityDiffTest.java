package io.entwine.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.model.testing.Property;
import io.entwine.model.testing.RandomReplicas;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityDiffTest {

    private static HubIssue entity() {
        HubIssue issue = new HubIssue();
        issue.setId("10001");
        issue.setKey("PRJ-1");
        issue.setSummary("Crash");
        issue.setStatus(new HubStatus("1", "Open"));
        issue.setPriority(HubPriority.named("High"));
        issue.setLabels(List.of("a", "b"));
        issue.setAssignee(HubUser.ofKey("ann"));
        issue.getComments().add(new HubComment("c1", "first", HubUser.ofKey("ann"), Instant.EPOCH, null));
        issue.getComments().add(new HubComment("c2", "second", HubUser.ofKey("bob"), Instant.EPOCH, null));
        issue.getCustomFields().put("Story Points", new HubCustomField("cf1", "Story Points", "number", 5L));
        issue.getCustomFields().put("Team", new HubCustomField("cf2", "Team", "option", "Red"));
        issue.set("slaName", "gold");
        return issue;
    }

    @Test
    void nothingChangedMeansNothingToWrite() {
        assertThat(EntityDiff.between(entity(), entity()).isEmpty()).isTrue();
    }

    @Test
    void listsChangedWritableFieldsByPropertyNameWithTheirNewValues() {
        HubIssue after = entity();
        after.setSummary("Crash on save");
        after.setPriority("Low");
        after.getLabels().add(new HubLabel("c"));
        after.setAssignee(null);
        after.setParentId("PRJ-0");

        EntityChanges changes = EntityDiff.between(entity(), after);

        assertThat(changes.fields().fields()).containsExactly("summary", "priority", "labels", "assignee", "parentId");
        assertThat(changes.fields().get("summary")).isEqualTo("Crash on save");
        assertThat(changes.fields().get("priority")).isEqualTo(HubPriority.named("Low"));
        assertThat(changes.fields().get("labels")).isEqualTo(List.of(new HubLabel("a"), new HubLabel("b"), new HubLabel("c")));
        assertThat(changes.fields().has("assignee")).isTrue();
        assertThat(changes.fields().get("assignee")).isNull();
        assertThat(changes.targetStatus()).isNull();
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    void equivalentValuesAreNoChange() {
        HubIssue after = entity();
        after.setLabels(List.of("b", "a"));
        after.setPriority(new HubPriority("2", "HIGH"));
        after.setStatus("open");
        after.setAssignee(new HubUser("ann", null, null, "Ann", null));
        after.getCustomFields().put("Story Points", new HubCustomField("cf1", "Story Points", "number", 5));

        assertThat(EntityDiff.between(entity(), after).isEmpty()).isTrue();
    }

    @Test
    void neverWritesIdentityTimestampsProjectTypeReporterCreatorOrCustomKeys() {
        HubIssue after = entity();
        after.setKey("PRJ-2");
        after.setId("2");
        after.setUrl("https://x");
        after.setCreated(Instant.now());
        after.setUpdated(Instant.now());
        after.setProject(new HubProject("OTHER", null));
        after.setType("Bug");
        after.setReporter(HubUser.ofKey("r"));
        after.setCreator(HubUser.ofKey("c"));
        after.getCustomKeys().put("k", "v");

        assertThat(EntityDiff.between(entity(), after).isEmpty()).isTrue();
    }

    @Test
    void statusMovesByTransitionToItsName() {
        HubIssue after = entity();
        after.setStatus(new HubStatus(null, "In Progress"));

        EntityChanges changes = EntityDiff.between(entity(), after);

        assertThat(changes.targetStatus()).isEqualTo("In Progress");
        assertThat(changes.fields().isEmpty()).isTrue();
    }

    @Test
    void listsOnlyTheChangedCustomFieldEntriesAndClearsRemovedOnes() {
        HubIssue after = entity();
        after.getCustomFields().get("Story Points").setValue(8L);
        after.getCustomFields().remove("Team");
        after.getCustomFields().put("Empty", new HubCustomField("cf3", "Empty", "string", ""));

        EntityChanges changes = EntityDiff.between(entity(), after);

        @SuppressWarnings("unchecked")
        Map<String, HubCustomField> fields = (Map<String, HubCustomField>) changes.fields().get("customFields");
        assertThat(fields).containsOnlyKeys("Story Points", "Team");
        assertThat(fields.get("Story Points")).isEqualTo(new HubCustomField("cf1", "Story Points", "number", 8L));
        assertThat(fields.get("Team")).isEqualTo(new HubCustomField("cf2", "Team", "option", null));
    }

    @Test
    void listsChangedAndRemovedExtrasByName() {
        HubIssue after = entity();
        after.extras().remove("slaName");
        after.set("escalated", true);

        EntityChanges changes = EntityDiff.between(entity(), after);

        assertThat(changes.fields().fields()).containsExactly("slaName", "escalated");
        assertThat(changes.fields().get("slaName")).isNull();
        assertThat(changes.fields().get("escalated")).isEqualTo(true);
    }

    @Test
    void splitsCommentWorkIntoAddedEditedAndDeleted() {
        HubIssue after = entity();
        after.getComments().get(0).setBody("first, edited");
        after.getComments().remove(1);
        HubComment added = new HubComment(null, "new", HubUser.ofKey("ann"), null, null);
        after.getComments().add(added);

        EntityChanges changes = EntityDiff.between(entity(), after);

        assertThat(changes.addedComments()).containsExactly(added);
        assertThat(changes.editedComments()).extracting(HubComment::getId, HubComment::getBody).containsExactly(org.assertj.core.groups.Tuple.tuple("c1", "first, edited"));
        assertThat(changes.deletedCommentIds()).containsExactly("c2");
        assertThat(changes.fields().isEmpty()).isTrue();
    }

    @Test
    void anInternalFlagChangeIsAnEditButAnAuthorOrTraceChangeIsNot() {
        HubIssue after = entity();
        after.getComments().get(0).setInternal(true);
        after.getComments().get(1).setAuthor(HubUser.ofKey("someone"));
        after.getComments().get(1).setRemoteId("R-7");

        EntityChanges changes = EntityDiff.between(entity(), after);

        assertThat(changes.editedComments()).extracting(HubComment::getId).containsExactly("c1");
    }

    @Test
    void diffOfRandomEntitiesNamesWritableFieldsOnly() {
        Property.check("entity diff only lists writable fields and extras", 500, (random, i) -> {
            RandomReplicas gen = new RandomReplicas(random);
            HubIssue before = gen.issue();
            HubIssue after = random.nextBoolean() ? gen.issue() : before.copy();

            EntityChanges changes = EntityDiff.between(before, after);

            for (String field : changes.fields().fields()) {
                assertThat(EntityDiff.WRITABLE.contains(field) || before.extras().containsKey(field) || after.extras().containsKey(field))
                        .as(field).isTrue();
            }
            assertThat(changes.addedComments()).allMatch(c -> c.getId() == null);
            EntityChanges none = EntityDiff.between(after, after.copy());
            assertThat(none.fields().isEmpty()).isTrue();
            assertThat(none.targetStatus()).isNull();
            assertThat(none.editedComments()).isEmpty();
            assertThat(none.deletedCommentIds()).isEmpty();
            // a comment without an id has not been written yet, so it is always to be added
            assertThat(none.addedComments()).hasSize((int) after.getComments().stream().filter(c -> c.getId() == null).count());
        });
    }
}
