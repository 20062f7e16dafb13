package io.entwine.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.model.diff.MappedFields.MappedField;
import io.entwine.model.testing.Property;
import io.entwine.model.testing.RandomReplicas;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldMergeTest {

    /** One scenario: the state at the last sync, then edits on each side since. */
    private record Scenario(HubIssue base, HubIssue local, HubIssue replica, HubIssue afterPrevious, HubIssue afterReplica) {
        MergeResult merge() {
            return FieldMerge.merge(local, afterPrevious, afterReplica);
        }
    }

    private static Scenario scenario(Random random, List<MappedField> localEdits, List<MappedField> remoteEdits, boolean remoteMayClear) {
        RandomReplicas gen = new RandomReplicas(random);
        HubIssue base = gen.issue();
        for (MappedField f : MappedFields.MAPPED) if (gen.chance()) MappedFields.edit(base, f, "base", false, random);
        HubIssue previous = base.copy();
        HubIssue local = base.copy();
        for (MappedField f : localEdits) MappedFields.edit(local, f, "local", true, random);
        HubIssue replica = previous.copy();
        for (MappedField f : remoteEdits) MappedFields.edit(replica, f, "remote", remoteMayClear, random);
        return new Scenario(base, local, replica, MappedFields.applyRules(local, previous), MappedFields.applyRules(local, replica));
    }

    /** Splits the mapped fields at random into two disjoint, possibly empty, groups. */
    private static List<List<MappedField>> disjointFields(Random random) {
        List<MappedField> shuffled = new ArrayList<>(MappedFields.MAPPED);
        Collections.shuffle(shuffled, random);
        int a = random.nextInt(shuffled.size() / 2 + 1);
        int b = random.nextInt(shuffled.size() - a + 1);
        return List.of(shuffled.subList(0, a), shuffled.subList(a, a + b));
    }

    @Test
    void concurrentEditsOfDifferentFieldsOnBothSidesBothSurvive() {
        Property.check("edits of different fields both survive", 1000, (random, i) -> {
            List<List<MappedField>> groups = disjointFields(random);
            Scenario s = scenario(random, groups.get(0), groups.get(1), true);

            MergeResult result = s.merge();

            assertThat(result.conflicts()).isEmpty();
            for (MappedField f : MappedFields.MAPPED) {
                HubIssue expected = groups.get(0).contains(f) ? s.local() : groups.get(1).contains(f) ? s.replica() : s.base();
                assertThat(f.same(result.merged(), expected)).as("%s: merged %s, expected %s", f.name(),
                        f.get().apply(result.merged()), f.get().apply(expected)).isTrue();
            }
            for (String field : FieldSemantics.standardFields()) {
                if (MappedFields.MAPPED.stream().noneMatch(f -> f.name().equals(field))) {
                    assertThat(FieldSemantics.sameStandardField(field, result.merged(), s.local())).as(field).isTrue();
                }
            }
            assertThat(result.merged().getCustomFields().keySet()).containsAll(unmappedKeys(s.local()));
        });
    }

    @Test
    void remoteOnlyEditsAreApplied() {
        Property.check("remote-only edits are applied", 500, (random, i) -> {
            List<MappedField> remote = disjointFields(random).get(1);
            Scenario s = scenario(random, List.of(), remote, true);

            MergeResult result = s.merge();

            assertThat(result.conflicts()).isEmpty();
            assertThat(result.merged()).isEqualTo(s.afterReplica());
            for (MappedField f : remote) assertThat(f.same(result.merged(), s.replica())).as(f.name()).isTrue();
        });
    }

    @Test
    void localOnlyEditsAreKept() {
        Property.check("local-only edits are kept", 500, (random, i) -> {
            List<MappedField> local = disjointFields(random).get(0);
            Scenario s = scenario(random, local, List.of(), true);

            MergeResult result = s.merge();

            assertThat(result.conflicts()).isEmpty();
            assertThat(result.merged()).isEqualTo(s.local()).isNotSameAs(s.local());
        });
    }

    @Test
    void editsOfTheSameFieldOnBothSidesConflictAndTakeTheRemoteValue() {
        Property.check("same-field edits conflict and the remote value wins", 1000, (random, i) -> {
            List<MappedField> shuffled = new ArrayList<>(MappedFields.MAPPED);
            Collections.shuffle(shuffled, random);
            int both = 1 + random.nextInt(3);
            List<MappedField> contested = shuffled.subList(0, both);
            List<MappedField> localEdits = new ArrayList<>(contested);
            List<MappedField> remoteEdits = new ArrayList<>(contested);
            int split = both + random.nextInt(shuffled.size() - both + 1);
            localEdits.addAll(shuffled.subList(both, split));
            remoteEdits.addAll(shuffled.subList(split, shuffled.size()).subList(0, random.nextInt(shuffled.size() - split + 1)));
            Scenario s = scenario(random, localEdits, remoteEdits, false);

            MergeResult result = s.merge();

            Set<String> conflicted = new LinkedHashSet<>();
            for (FieldConflict c : result.conflicts()) conflicted.add(c.field());
            assertThat(conflicted).containsExactlyInAnyOrderElementsOf(contested.stream().map(MappedField::name).toList());
            for (FieldConflict c : result.conflicts()) {
                MappedField f = contested.stream().filter(m -> m.name().equals(c.field())).findFirst().orElseThrow();
                assertThat(f.sameValue(c.localValue(), f.get().apply(s.local()))).as("local " + f.name()).isTrue();
                assertThat(f.sameValue(c.baseValue(), f.get().apply(s.base()))).as("base " + f.name()).isTrue();
                assertThat(f.sameValue(c.remoteValue(), f.get().apply(s.replica()))).as("remote " + f.name()).isTrue();
                assertThat(f.same(result.merged(), s.replica())).as("merged " + f.name()).isTrue();
            }
            for (MappedField f : localEdits) if (!contested.contains(f)) assertThat(f.same(result.merged(), s.local())).as(f.name()).isTrue();
            for (MappedField f : remoteEdits) if (!contested.contains(f)) assertThat(f.same(result.merged(), s.replica())).as(f.name()).isTrue();
            assertThat(result.hasConflicts()).isTrue();
        });
    }

    @Test
    void sameEditOnBothSidesIsNoConflict() {
        HubIssue local = new HubIssue();
        local.setStatus("Open");
        HubIssue afterPrevious = local.copy();
        local.setStatus("Done");
        HubIssue afterReplica = local.copy();
        afterReplica.setStatus(new HubStatus("5", "DONE"));

        MergeResult result = FieldMerge.merge(local, afterPrevious, afterReplica);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().getStatus()).isEqualTo(new HubStatus("5", "DONE"));
    }

    @Test
    void takesCommentsFromTheReplicaSideAndReportsConflictsWithTheirValues() {
        HubIssue local = new HubIssue();
        local.setSummary("local summary");
        local.getComments().add(new HubComment("1", "local comment", null, null, null));
        local.getCustomFields().put("Team", new HubCustomField("cf9", "Team", "string", "Red"));
        HubIssue afterPrevious = local.copy();
        afterPrevious.setSummary("base summary");
        afterPrevious.getCustomFields().put("Team", new HubCustomField("cf9", "Team", "string", "Blue"));
        HubIssue afterReplica = local.copy();
        afterReplica.setSummary("remote summary");
        afterReplica.getCustomFields().put("Team", new HubCustomField("cf9", "Team", "string", "Green"));
        afterReplica.getComments().add(new HubComment(null, "from remote", HubUser.ofKey("r"), null, null));

        MergeResult result = FieldMerge.merge(local, afterPrevious, afterReplica);

        assertThat(result.conflicts()).containsExactly(
                new FieldConflict("summary", "local summary", "base summary", "remote summary"),
                new FieldConflict("customFields.Team", local.getCustomFields().get("Team"),
                        afterPrevious.getCustomFields().get("Team"), afterReplica.getCustomFields().get("Team")));
        assertThat(result.merged().getSummary()).isEqualTo("remote summary");
        assertThat(result.merged().getCustomFields().get("Team").getValue()).isEqualTo("Green");
        assertThat(result.merged().getComments()).isEqualTo(afterReplica.getComments());
        assertThat(result.merged().getComments().get(1)).isNotSameAs(afterReplica.getComments().get(1));
        assertThat(local.getSummary()).isEqualTo("local summary");
    }

    private static Set<String> unmappedKeys(HubIssue issue) {
        Set<String> keys = new LinkedHashSet<>(issue.getCustomFields().keySet());
        keys.removeAll(List.of("cf1", "cf2", "Story Points"));
        return keys;
    }
}
