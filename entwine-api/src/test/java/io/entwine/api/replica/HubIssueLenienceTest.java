package io.entwine.api.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubIssueLenienceTest {
    private final HubIssue issue = new HubIssue();

    /** What a compatibility class of a script looks like: it stands for a replica value. */
    private record Stand(Object value) implements ReplicaConvertible {
        @Override
        public Object toReplicaValue() { return value; }
    }

    @Test
    void acceptsDatesAsDatesTextsAndEpochMillis() {
        Instant noon = Instant.parse("2026-11-23T12:00:00Z");
        issue.setDue(Date.from(noon));
        assertThat(issue.getDue()).isEqualTo(noon);
        issue.setDue("2026-11-23");
        assertThat(issue.getDue()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        issue.setDue(LocalDate.of(2026, 11, 24));
        assertThat(issue.getDue()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        issue.setResolutionDate("2026-11-23T13:00:00+01:00");
        assertThat(issue.getResolutionDate()).isEqualTo(noon);
        issue.setResolutionDate(noon.toEpochMilli());
        assertThat(issue.getResolutionDate()).isEqualTo(noon);
        issue.setDue(" ");
        assertThat(issue.getDue()).isNull();
        assertThatThrownBy(() -> issue.setDue("next friday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("due cannot be set from a String (next friday)");
    }

    @Test
    void readsEstimatesAsSecondsFromNumbersDurationsAndJiraText() {
        issue.setOriginalEstimate("1h 30m");
        assertThat(issue.getOriginalEstimate()).isEqualTo(5400L);
        issue.setRemainingEstimate("2d 4h");
        assertThat(issue.getRemainingEstimate()).isEqualTo((2 * 8 + 4) * 3600L);
        issue.setTimeSpent("1w");
        assertThat(issue.getTimeSpent()).isEqualTo(5 * 8 * 3600L);
        issue.setTimeSpent(Duration.ofMinutes(3));
        assertThat(issue.getTimeSpent()).isEqualTo(180L);
        issue.setTimeSpent(90);
        assertThat(issue.getTimeSpent()).isEqualTo(90L);
        issue.setTimeSpent("120");
        assertThat(issue.getTimeSpent()).isEqualTo(120L);
        assertThatThrownBy(() -> issue.setOriginalEstimate("soon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("originalEstimate cannot be set from");
    }

    @Test
    void buildsNamedPartsFromNamesMapsAndTheirOwnTypes() {
        issue.setComponents(List.of("Backend", Map.of("name", "UI", "id", "10"), HubComponent.named("API")));
        assertThat(issue.getComponents()).containsExactly(new HubComponent(null, "Backend", null), new HubComponent("10", "UI", null),
                new HubComponent(null, "API", null));
        issue.setFixVersions("1.0");
        assertThat(issue.getFixVersions()).containsExactly(HubVersion.named("1.0"));
        issue.setAffectedVersions(List.of(HubVersion.named("0.9"), new HubComponent("1", "odd", null)));
        assertThat(issue.getAffectedVersions()).extracting(HubVersion::name).containsExactly("0.9", "odd");
        issue.setSecurityLevel("Internal");
        assertThat(issue.getSecurityLevel()).isEqualTo(HubSecurityLevel.named("Internal"));
        issue.setSprint(42);
        assertThat(issue.getSprint().id()).isEqualTo("42");
        issue.setSprint(Map.of("name", "Sprint 7", "state", "active", "startDate", "2026-11-01"));
        assertThat(issue.getSprint()).isEqualTo(new HubSprint(null, "Sprint 7", "active", Instant.parse("2026-11-01T00:00:00Z"), null));
        issue.setWatchers(List.of("ann@example.com", "acc-2"));
        assertThat(issue.getWatchers()).extracting(HubUser::email).containsExactly("ann@example.com", null);
        issue.setIssueLinks(List.of(Map.of("otherIssueId", 10001, "linkName", "blocks", "linkTypeName", "Blocks")));
        assertThat(issue.getIssueLinks()).containsExactly(new HubIssueLink("10001", "blocks", "Blocks"));
    }

    @Test
    void convertsWhatACompatibilityValueStandsForEverywhere() {
        issue.setAssignee(new Stand(HubUser.ofKey("acc-1")));
        issue.setStatus(new Stand("Done"));
        issue.setWatchers(List.of(new Stand(HubUser.ofKey("w")), new Stand(null)));
        issue.setComments(List.of(new Stand(new HubComment(null, "hi", null, null, null))));
        assertThat(issue.getAssignee().key()).isEqualTo("acc-1");
        assertThat(issue.getStatus().name()).isEqualTo("Done");
        assertThat(issue.getWatchers()).extracting(HubUser::key).containsExactly("w");
        assertThat(issue.getComments()).extracting(HubComment::getBody).containsExactly("hi");
    }

    @Test
    void refusesForeignObjectsInSubObjectListsNamingTheField() {
        assertThatThrownBy(() -> issue.setAttachments(List.of("a.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attachments must be attachment objects, got a String (a.txt)");
        assertThatThrownBy(() -> issue.setWorkLogs(List.of(3)))
                .hasMessage("workLogs must be work log objects, got a Integer (3)");
    }

    @Test
    void copiesEverySubObjectDeeply() {
        HubAttachment attachment = new HubAttachment("a1", "log.txt", "text/plain", 12L, "ab");
        HubWorkLog workLog = new HubWorkLog("w1", null, 60L, Instant.EPOCH, "x");
        HubIssueLink link = new HubIssueLink("1", "blocks", "Blocks");
        HubOption option = new HubOption("o1", "High");
        issue.setAttachments(List.of(attachment));
        issue.setWorkLogs(List.of(workLog));
        issue.setIssueLinks(List.of(link));
        issue.getCustomFields().put("Severity", new HubCustomField("cf", "Severity", "option", option));

        HubIssue copy = issue.copy();
        attachment.setFilename("changed");
        workLog.setComment("changed");
        link.setOtherIssueId("2");
        option.setValue("changed");

        assertThat(copy.getAttachments().get(0).getFilename()).isEqualTo("log.txt");
        assertThat(copy.getWorkLogs().get(0).getComment()).isEqualTo("x");
        assertThat(copy.getIssueLinks().get(0).getOtherIssueId()).isEqualTo("1");
        assertThat(((HubOption) copy.getCustomFields().get("Severity").getValue()).getValue()).isEqualTo("High");
        assertThat(copy).isNotEqualTo(issue);
    }

    @Test
    void aStrictEntityResolvesRawAndCustomFieldsAndRefusesTypos() {
        issue.set("short_description", "raw");
        issue.getCustomFields().put("cf_1", new HubCustomField("cf_1", "Story Points", "number", 3));
        assertThat(issue.get("sumary")).as("lenient by default").isNull();
        issue.setStrict(true);

        assertThat(issue.get("short_description")).isEqualTo("raw");
        assertThat(issue.get("Story Points")).isEqualTo(3L);
        assertThat(issue.get("cf_1")).isEqualTo(3L);
        issue.set("Story Points", "8");
        assertThat(issue.getCustomFields().get("cf_1").getValue()).isEqualTo(8L);
        issue.set("new_raw", 1);
        assertThat(issue.extras()).containsEntry("new_raw", 1);
        assertThatThrownBy(() -> issue.get("sumary"))
                .isInstanceOfSatisfying(UnknownPropertyException.class, e -> assertThat(e.property()).isEqualTo("sumary"))
                .hasMessageStartingWith("no such property 'sumary' on the local issue");
    }

    @Test
    void deltaViewsAreRunStateThatNeitherCopiesNorCounts() {
        assertThat(issue.getAddedComments()).isEmpty();
        issue.setAddedComments(List.of(new HubComment("c1", "x", null, null, null)));
        issue.setRemovedAttachments(List.of(new HubAttachment("a", "f", null, null, null)));
        assertThat(issue.getAddedComments()).hasSize(1);
        assertThat(issue.copy().getAddedComments()).isEmpty();
        assertThat(issue).isEqualTo(new HubIssue());
        assertThat(issue.isEmpty()).isTrue();
    }
}
