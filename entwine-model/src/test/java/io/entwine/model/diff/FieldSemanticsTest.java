package io.entwine.model.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubResolution;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldSemanticsTest {

    @Test
    void textIsTheSameWhenBothAreEmptyOrIdentical() {
        assertThat(FieldSemantics.sameText(null, "")).isTrue();
        assertThat(FieldSemantics.sameText("", null)).isTrue();
        assertThat(FieldSemantics.sameText("a", "a")).isTrue();
        assertThat(FieldSemantics.sameText("a", "A")).isFalse();
        assertThat(FieldSemantics.sameText("a", null)).isFalse();
        assertThat(FieldSemantics.sameText("a ", "a")).isFalse();
    }

    @Test
    void namedValuesCompareByNameIgnoringCaseAndByIdOnlyWhenBothHaveOne() {
        assertThat(FieldSemantics.sameStatus(new HubStatus("1", "Done"), new HubStatus(null, "DONE"))).isTrue();
        assertThat(FieldSemantics.sameStatus(new HubStatus("1", "Done"), new HubStatus("1", "done"))).isTrue();
        assertThat(FieldSemantics.sameStatus(new HubStatus("1", "Done"), new HubStatus("2", "Done"))).isFalse();
        assertThat(FieldSemantics.sameStatus(new HubStatus("1", "Done"), new HubStatus("1", "Open"))).isFalse();
        assertThat(FieldSemantics.sameStatus(null, HubStatus.named("Done"))).isFalse();
        assertThat(FieldSemantics.sameStatus(null, null)).isTrue();
        assertThat(FieldSemantics.samePriority(HubPriority.named("high"), new HubPriority("9", "High"))).isTrue();
        assertThat(FieldSemantics.sameResolution(HubResolution.named("Fixed"), HubResolution.named("Won't fix"))).isFalse();
        assertThat(FieldSemantics.sameType(new HubIssueType(null, "bug"), new HubIssueType("10001", "Bug"))).isTrue();
    }

    @Test
    void usersCompareByKeyWhenBothHaveOneElseByEmailIgnoringCase() {
        HubUser annById = new HubUser("u1", "ann", "ann@example.com", "Ann", true);
        assertThat(FieldSemantics.sameUser(annById, new HubUser("u1", null, null, "Ann B.", false))).isTrue();
        assertThat(FieldSemantics.sameUser(annById, new HubUser("u2", null, "ann@example.com", null, true))).isFalse();
        assertThat(FieldSemantics.sameUser(annById, new HubUser(null, null, "ANN@example.COM", null, null))).isTrue();
        assertThat(FieldSemantics.sameUser(new HubUser(null, null, "a@x.io", null, null), new HubUser(null, null, "b@x.io", null, null))).isFalse();
        assertThat(FieldSemantics.sameUser(HubUser.ofKey("u1"), new HubUser(null, null, "ann@example.com", null, null))).isFalse();
        assertThat(FieldSemantics.sameUser(null, null)).isTrue();
        assertThat(FieldSemantics.sameUser(annById, null)).isFalse();
    }

    @Test
    void labelsAndAssigneesCompareAsSets() {
        assertThat(FieldSemantics.sameLabels(List.of(new HubLabel("a"), new HubLabel("b")), List.of(new HubLabel("b"), new HubLabel("a"), new HubLabel("a")))).isTrue();
        assertThat(FieldSemantics.sameLabels(List.of(new HubLabel("a")), List.of(new HubLabel("A")))).isFalse();
        assertThat(FieldSemantics.sameLabels(List.of(new HubLabel("a")), List.of(new HubLabel("a"), new HubLabel("b")))).isFalse();
        assertThat(FieldSemantics.sameUsers(List.of(HubUser.ofKey("a"), HubUser.ofKey("b")), List.of(new HubUser("b", null, null, null, null), HubUser.ofKey("a")))).isTrue();
        assertThat(FieldSemantics.sameUsers(List.of(HubUser.ofKey("a")), List.of(HubUser.ofKey("a"), HubUser.ofKey("c")))).isFalse();
        assertThat(FieldSemantics.sameUsers(List.of(), null)).isTrue();
    }

    @Test
    void commentsAreMatchedByIdIgnoringOrderTimestampsAndTraces() {
        HubComment c1 = new HubComment("1", "one", HubUser.ofKey("a"), Instant.EPOCH, null);
        HubComment c2 = new HubComment("2", "two", HubUser.ofKey("b"), Instant.EPOCH, null);
        HubComment c1Later = c1.copy();
        c1Later.setUpdated(Instant.now());
        c1Later.setRemoteId("R-9");
        HubComment c1Edited = c1.copy();
        c1Edited.setBody("one!");
        HubComment c1Internal = c1.copy();
        c1Internal.setInternal(true);

        assertThat(FieldSemantics.sameComments(List.of(c1, c2), List.of(c2, c1Later))).isTrue();
        assertThat(FieldSemantics.sameComments(List.of(c1, c2), List.of(c2, c1Edited))).isFalse();
        assertThat(FieldSemantics.sameComments(List.of(c1), List.of(c1Internal))).isFalse();
        assertThat(FieldSemantics.sameComments(List.of(c1, c2), List.of(c1))).isFalse();
        assertThat(FieldSemantics.sameComments(List.of(new HubComment(null, "new", null, null, null)), List.of())).isFalse();
    }

    @Test
    void scriptValuesCompareDeeplyWithNumbersByValueAndDatesAsText() {
        assertThat(FieldSemantics.sameValue(5, 5L)).isTrue();
        assertThat(FieldSemantics.sameValue(5L, new BigDecimal("5.00"))).isTrue();
        assertThat(FieldSemantics.sameValue(2.5d, new BigDecimal("2.50"))).isTrue();
        assertThat(FieldSemantics.sameValue(5L, "5")).isFalse();
        assertThat(FieldSemantics.sameValue(Map.of("a", List.of(1, 2)), Map.of("a", List.of(1L, 2L)))).isTrue();
        assertThat(FieldSemantics.sameValue(Map.of("a", List.of(1, 2)), Map.of("a", List.of(2, 1)))).isFalse();
        assertThat(FieldSemantics.sameValue(Instant.EPOCH, "1970-01-01T00:00:00Z")).isTrue();
        assertThat(FieldSemantics.sameValue(Date.from(Instant.EPOCH), Instant.EPOCH)).isTrue();
        assertThat(FieldSemantics.sameValue(HubStatus.named("Done"), Map.of("name", "Done"))).isTrue();
        assertThat(FieldSemantics.sameValue(null, null)).isTrue();
        assertThat(FieldSemantics.sameValue(null, "")).isFalse();
    }

    @Test
    void customFieldsCompareByValueWithEveryEmptyValueTheSame() {
        HubCustomField points = new HubCustomField("cf1", "Story Points", "number", 5L);
        assertThat(FieldSemantics.sameCustomField(points, new HubCustomField(null, "Story Points", null, new BigDecimal("5.0")))).isTrue();
        assertThat(FieldSemantics.sameCustomField(points, new HubCustomField("cf1", "Story Points", "number", 8L))).isFalse();
        assertThat(FieldSemantics.sameCustomField(null, new HubCustomField("cf1", "Team", "string", ""))).isTrue();
        assertThat(FieldSemantics.sameCustomField(new HubCustomField("cf1", "Tags", null, List.of()), new HubCustomField("cf1", "Tags", null, null))).isTrue();
        assertThat(FieldSemantics.sameCustomField(null, points)).isFalse();
    }

    @Test
    void projectsCompareByKeyIgnoringCase() {
        assertThat(FieldSemantics.sameProject(new HubProject("Owner/Repo", null), new HubProject("owner/repo", "Repo"))).isTrue();
        assertThat(FieldSemantics.sameProject(new HubProject("A", null), new HubProject(null, "A"))).isFalse();
        assertThat(FieldSemantics.sameProject(new HubProject(null, "Alpha"), new HubProject(null, "alpha"))).isTrue();
    }

    @Test
    void readsAndWritesStandardFieldsByPropertyName() {
        HubIssue issue = new HubIssue();
        FieldSemantics.setStandardValue(issue, "status", "Done");
        FieldSemantics.setStandardValue(issue, "labels", List.of("a", "b"));

        assertThat(FieldSemantics.standardValue(issue, "status")).isEqualTo(HubStatus.named("Done"));
        assertThat(FieldSemantics.standardValue(issue, "labels")).isEqualTo(List.of(new HubLabel("a"), new HubLabel("b")));
        assertThat(FieldSemantics.standardFields()).startsWith("id", "key", "url", "summary").contains("parentId", "due", "workLogs").endsWith("repository").hasSize(39);
        assertThatThrownBy(() -> FieldSemantics.standardValue(issue, "colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"colour\" is not a standard field; standard fields are [id, key, url");
    }
}
