package io.entwine.model.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubCascade;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubComponent;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueLink;
import io.entwine.api.replica.HubOption;
import io.entwine.api.replica.HubProject;
import io.entwine.api.replica.HubSprint;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubVersion;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.api.replica.ReplicaConvertible;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fields of SCRIPTING.md that came after the first version of the format, in their canonical JSON form. */
class ReplicaCodecContractFieldsTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void writesTheLaterFieldsAfterParentIdInCanonicalOrder() {
        HubIssue issue = new HubIssue();
        issue.setRepository("acme/app");
        issue.setEntityType("Case");
        issue.setTableName("incident");
        issue.setIterationPath("App\\Sprint 1");
        issue.setAreaPath("App");
        issue.setSprint(new HubSprint("7", "Sprint 7", "active", null, null));
        issue.setSecurityLevel("Internal");
        HubWorkLog log = new HubWorkLog("w1", HubUser.ofKey("ann"), 3600L, T, "pairing");
        issue.setWorkLogs(List.of(log));
        HubAttachment file = new HubAttachment("a1", "trace.log", "text/plain", 12L, "ab12");
        issue.setAttachments(List.of(file));
        issue.setIssueLinks(List.of(new HubIssueLink("10001", "blocks", "Blocks")));
        issue.setTimeSpent(60);
        issue.setRemainingEstimate(120);
        issue.setOriginalEstimate(180);
        issue.setResolutionDate(T);
        issue.setDue("2026-12-01");
        issue.setAffectedVersions(List.of("0.9"));
        issue.setFixVersions(List.of(new HubVersion("v1", "1.0", "first")));
        issue.setComponents(List.of("UI"));
        issue.setWatchers(List.of(new HubUser("w", null, null, null, null)));
        issue.setEnvironment("prod");
        issue.setParentId("100");

        assertThat(ReplicaCodec.toJsonString(issue)).isEqualTo("{\"$schema\":\"entwine/replica/v1\",\"parentId\":\"100\","
                + "\"environment\":\"prod\",\"watchers\":[{\"key\":\"w\"}],\"components\":[{\"name\":\"UI\"}],"
                + "\"fixVersions\":[{\"id\":\"v1\",\"name\":\"1.0\",\"description\":\"first\"}],\"affectedVersions\":[{\"name\":\"0.9\"}],"
                + "\"due\":\"2026-12-01T00:00:00Z\",\"resolutionDate\":\"2026-11-23T10:00:00Z\",\"originalEstimate\":180,"
                + "\"remainingEstimate\":120,\"timeSpent\":60,"
                + "\"issueLinks\":[{\"otherIssueId\":\"10001\",\"linkName\":\"blocks\",\"linkTypeName\":\"Blocks\"}],"
                + "\"attachments\":[{\"id\":\"a1\",\"filename\":\"trace.log\",\"mimetype\":\"text/plain\",\"filesize\":12,\"contentHash\":\"ab12\"}],"
                + "\"workLogs\":[{\"id\":\"w1\",\"author\":{\"key\":\"ann\",\"username\":\"ann\",\"displayName\":\"ann\",\"active\":true},"
                + "\"timeSpent\":3600,\"startDate\":\"2026-11-23T10:00:00Z\",\"comment\":\"pairing\"}],"
                + "\"securityLevel\":{\"name\":\"Internal\"},\"sprint\":{\"id\":\"7\",\"name\":\"Sprint 7\",\"state\":\"active\"},"
                + "\"areaPath\":\"App\",\"iterationPath\":\"App\\\\Sprint 1\",\"tableName\":\"incident\",\"entityType\":\"Case\","
                + "\"repository\":\"acme/app\"}");
        HubIssue back = ReplicaCodec.fromJsonString(ReplicaCodec.toJsonString(issue));
        assertThat(back).isEqualTo(issue);
    }

    @Test
    void typedCustomFieldValuesReadBackAsTheirTypes() {
        HubIssue issue = new HubIssue();
        HubOption europe = new HubOption("10", "Europe");
        issue.getCustomFields().put("Region", new HubCustomField("cf1", "Region", "cascading", new HubCascade(europe, new HubOption("11", "France"))));
        issue.getCustomFields().put("Severity", new HubCustomField("cf2", "Severity", "option", "High"));
        issue.getCustomFields().put("Tags", new HubCustomField("cf3", "Tags", "options", List.of("a", "b")));
        issue.getCustomFields().put("Start", new HubCustomField("cf4", "Start", "date", "2026-11-23"));
        issue.getCustomFields().put("Owner", new HubCustomField("cf5", "Owner", "user", "acc-1"));
        issue.getCustomFields().put("Points", new HubCustomField("cf6", "Points", "number", "8"));

        String json = ReplicaCodec.toJsonString(issue);
        assertThat(json).contains("\"Region\":{\"id\":\"cf1\",\"name\":\"Region\",\"type\":\"cascading\",\"value\":{\"parent\":{\"id\":\"10\",\"value\":\"Europe\"},"
                        + "\"child\":{\"id\":\"11\",\"value\":\"France\"}}}")
                .contains("\"Severity\":{\"id\":\"cf2\",\"name\":\"Severity\",\"type\":\"option\",\"value\":{\"value\":\"High\"}}")
                .contains("\"Start\":{\"id\":\"cf4\",\"name\":\"Start\",\"type\":\"date\",\"value\":\"2026-11-23\"}")
                .contains("\"Points\":{\"id\":\"cf6\",\"name\":\"Points\",\"type\":\"number\",\"value\":8}");
        HubIssue back = ReplicaCodec.fromJsonString(json);
        assertThat(back).isEqualTo(issue);
        assertThat(((HubCascade) back.getCustomFields().get("Region").getValue()).getChild().getValue()).isEqualTo("France");
        assertThat(back.getCustomFields().get("Start").getValue()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(back.getCustomFields().get("Owner").getValue()).isInstanceOf(HubUser.class);
    }

    @Test
    void aCustomFieldValueThatDoesNotFitItsTypeIsRefusedWithItsPath() {
        String json = "{\"$schema\":\"entwine/replica/v1\",\"customFields\":{\"Points\":{\"type\":\"number\",\"value\":\"many\"}}}";
        assertThatThrownBy(() -> ReplicaCodec.fromJsonString(json))
                .isInstanceOfSatisfying(ReplicaFormatException.class, e -> assertThat(e.path()).isEqualTo("replica.customFields.Points.value"))
                .hasMessageContaining("does not fit the field type \"number\"");
    }

    @Test
    void commentsCarryVisibilityAndTheLocalOnlyMark() {
        HubIssue issue = new HubIssue();
        HubComment c = new HubComment("c1", "x", null, null, null);
        c.setRoleLevel("Developers");
        c.setGroupLevel("staff");
        c.setLocalOnly(true);
        issue.getComments().add(c);
        String json = ReplicaCodec.toJsonString(issue);
        assertThat(json).contains("\"roleLevel\":\"Developers\",\"groupLevel\":\"staff\"").contains("\"localOnly\":true");
        assertThat(ReplicaCodec.fromJsonString(json).getComments().get(0)).isEqualTo(c);
    }

    @Test
    void aProjectCarriesItsVersionsAndComponents() {
        HubIssue issue = new HubIssue();
        issue.setProject(Map.of("key", "DEMO", "versions", List.of("1.0"), "components", List.of(Map.of("name", "UI", "id", "5"))));
        String json = ReplicaCodec.toJsonString(issue);
        assertThat(json).contains("\"project\":{\"key\":\"DEMO\",\"versions\":[{\"name\":\"1.0\"}],\"components\":[{\"id\":\"5\",\"name\":\"UI\"}]}");
        HubProject back = ReplicaCodec.fromJsonString(json).getProject();
        assertThat(back.getComponents()).containsExactly(new HubComponent("5", "UI", null));
    }

    @Test
    void compatibilityValuesInLiveListsAreWrittenAsWhatTheyStandFor() {
        HubIssue issue = new HubIssue();
        ReplicaConvertible user = () -> HubUser.ofKey("acc-9");
        @SuppressWarnings({"unchecked", "rawtypes"}) List<Object> live = (List) issue.getWatchers();
        live.add(user);
        issue.getCustomKeys().put("who", user);
        String json = ReplicaCodec.toJsonString(issue);
        assertThat(json).contains("\"watchers\":[{\"key\":\"acc-9\"").contains("\"customKeys\":{\"who\":{\"key\":\"acc-9\"");
    }

    @Test
    void refusesAWrongShapeOfTheLaterFieldsWithTheirPath() {
        assertThatThrownBy(() -> ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\"timeSpent\":\"1h\"}"))
                .hasMessage("replica.timeSpent: expected a whole number of seconds");
        assertThatThrownBy(() -> ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\"components\":[{\"id\":\"1\"}]}"))
                .hasMessage("replica.components[0]: expected an object with \"name\"");
        assertThatThrownBy(() -> ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\"attachments\":[{\"filesize\":1.5}]}"))
                .hasMessage("replica.attachments[0].filesize: expected a whole number");
        assertThatThrownBy(() -> ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\"workLogs\":[null]}"))
                .hasMessage("replica.workLogs[0]: expected a value, got null");
    }
}
