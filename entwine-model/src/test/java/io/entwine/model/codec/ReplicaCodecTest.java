package io.entwine.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicaCodecTest {
    private static final Instant T1 = Instant.parse("2024-03-01T10:15:30Z");
    private static final Instant T2 = Instant.parse("2024-03-02T11:00:00.123Z");

    @Test
    void writesPropertiesInCanonicalOrderAndLeavesOutNullsAndEmptyCollections() {
        HubIssue issue = new HubIssue();
        issue.set("zExtra", "last");
        issue.set("aExtra", 1);
        issue.getCustomKeys().put("b", "2");
        issue.getCustomKeys().put("a", true);
        issue.getCustomFields().put("Story Points", new HubCustomField("cf1", "Story Points", "number", new BigDecimal("3.50")));
        issue.setUpdated(T2);
        issue.setLabels(List.of("backend", "ui", "backend"));
        issue.setAssignee(new HubUser("u1", "ann", "ann@example.com", "Ann", true));
        issue.setStatus("Done");
        issue.setSummary("Crash on save");
        issue.setKey("PRJ-1");
        HubComment comment = new HubComment("c1", "hello", HubUser.ofKey("bob"), T1, null);
        issue.getComments().add(comment);
        issue.setDescription(null);

        assertThat(ReplicaCodec.toJsonString(issue)).isEqualTo("{\"$schema\":\"entwine/replica/v1\",\"key\":\"PRJ-1\","
                + "\"summary\":\"Crash on save\",\"status\":{\"name\":\"Done\"},"
                + "\"assignee\":{\"key\":\"u1\",\"username\":\"ann\",\"email\":\"ann@example.com\",\"displayName\":\"Ann\",\"active\":true},"
                + "\"labels\":[\"backend\",\"ui\"],"
                + "\"comments\":[{\"id\":\"c1\",\"body\":\"hello\",\"author\":{\"key\":\"bob\",\"username\":\"bob\",\"displayName\":\"bob\",\"active\":true},"
                + "\"created\":\"2024-03-01T10:15:30Z\",\"internal\":false}],"
                + "\"updated\":\"2024-03-02T11:00:00.123Z\","
                + "\"customFields\":{\"Story Points\":{\"id\":\"cf1\",\"name\":\"Story Points\",\"type\":\"number\",\"value\":3.50}},"
                + "\"customKeys\":{\"a\":true,\"b\":\"2\"},"
                + "\"zExtra\":\"last\",\"aExtra\":1}");
    }

    @Test
    void anEmptyIssueIsJustTheSchema() {
        assertThat(ReplicaCodec.toJsonString(new HubIssue())).isEqualTo("{\"$schema\":\"entwine/replica/v1\"}");
        assertThat(ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\"}")).isEqualTo(new HubIssue());
    }

    @Test
    void encodesScriptValuesNativelyAndDatesAsIsoText() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("n", null);
        nested.put("list", List.of(1, 2L, "x"));
        HubIssue issue = new HubIssue();
        issue.set("instant", T1);
        issue.set("date", Date.from(T1));
        issue.set("offset", OffsetDateTime.of(2024, 3, 1, 12, 15, 30, 0, ZoneOffset.ofHours(2)));
        issue.set("day", LocalDate.of(2024, 3, 1));
        issue.set("double", 1.5d);
        issue.set("big", new BigInteger("123456789012345678901234567890"));
        issue.set("nested", nested);
        issue.set("array", new int[] {1, 2});
        issue.set("gstringLike", new StringBuilder("text"));
        issue.set("enum", java.time.DayOfWeek.MONDAY);

        JsonNode json = ReplicaCodec.toJson(issue);

        assertThat(json.get("instant").textValue()).isEqualTo("2024-03-01T10:15:30Z");
        assertThat(json.get("date").textValue()).isEqualTo("2024-03-01T10:15:30Z");
        assertThat(json.get("offset").textValue()).isEqualTo("2024-03-01T10:15:30Z");
        assertThat(json.get("day").textValue()).isEqualTo("2024-03-01");
        assertThat(ReplicaCodec.toJsonString(json.get("double"))).isEqualTo("1.5");
        assertThat(ReplicaCodec.toJsonString(json.get("big"))).isEqualTo("123456789012345678901234567890");
        assertThat(ReplicaCodec.toJsonString(json.get("nested"))).isEqualTo("{\"n\":null,\"list\":[1,2,\"x\"]}");
        assertThat(ReplicaCodec.toJsonString(json.get("array"))).isEqualTo("[1,2]");
        assertThat(json.get("gstringLike").textValue()).isEqualTo("text");
        assertThat(json.get("enum").textValue()).isEqualTo("MONDAY");
    }

    @Test
    void encodesHubRecordsInsideValuesInTheirObjectForm() {
        HubIssue issue = new HubIssue();
        issue.getCustomKeys().put("who", new HubUser("u1", null, "a@example.com", null, null));
        issue.getCustomKeys().put("state", new HubStatus("3", "Done"));
        issue.getCustomKeys().put("prio", HubPriority.named("High"));
        issue.getCustomKeys().put("tag", new HubLabel("x"));

        assertThat(ReplicaCodec.toJsonString(ReplicaCodec.toJson(issue).get("customKeys"))).isEqualTo(
                "{\"prio\":{\"name\":\"High\"},\"state\":{\"id\":\"3\",\"name\":\"Done\"},\"tag\":{\"label\":\"x\"},"
                        + "\"who\":{\"key\":\"u1\",\"email\":\"a@example.com\"}}");
    }

    @Test
    void decodesObjectsArraysAndNumbersToPlainJavaValues() {
        HubIssue issue = ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\"x\":{\"i\":7,\"huge\":123456789012345678901234567890,"
                + "\"d\":2.50,\"e\":1E+3,\"a\":[true,null,\"s\"]}}");

        @SuppressWarnings("unchecked")
        Map<String, Object> x = (Map<String, Object>) issue.get("x");
        assertThat(x).isInstanceOf(LinkedHashMap.class).containsOnlyKeys("i", "huge", "d", "e", "a");
        assertThat(x.get("i")).isEqualTo(7L);
        assertThat(x.get("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(x.get("d")).isEqualTo(new BigDecimal("2.50"));
        assertThat(x.get("e")).isEqualTo(new BigDecimal("1E+3"));
        assertThat(x.get("a")).isInstanceOf(ArrayList.class).isEqualTo(java.util.Arrays.asList(true, null, "s"));
    }

    @Test
    void readsAPlainStringAsTheNameOfStatusPriorityResolutionAndType() {
        HubIssue issue = ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\"status\":\"Done\",\"priority\":\"High\","
                + "\"resolution\":\"Fixed\",\"type\":\"Bug\",\"project\":\"PRJ\"}");

        assertThat(issue.getStatus()).isEqualTo(new HubStatus(null, "Done"));
        assertThat(issue.getPriority().name()).isEqualTo("High");
        assertThat(issue.getResolution().name()).isEqualTo("Fixed");
        assertThat(issue.getTypeName()).isEqualTo("Bug");
        assertThat(issue.getProjectKey()).isEqualTo("PRJ");
    }

    @Test
    void treatsJsonNullAsAbsentAndAcceptsTimestampsWithAnOffset() {
        HubIssue issue = ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\"summary\":null,\"labels\":null,"
                + "\"future\":null,\"created\":\"2024-03-01T12:15:30+02:00\"}");

        assertThat(issue.getSummary()).isNull();
        assertThat(issue.extras()).isEmpty();
        assertThat(issue.getCreated()).isEqualTo(T1);
        assertThat(ReplicaCodec.toJsonString(issue)).isEqualTo("{\"$schema\":\"entwine/replica/v1\",\"created\":\"2024-03-01T10:15:30Z\"}");
    }

    @Test
    void readsPropertiesInAnyOrderAndWritesThemCanonically() {
        String shuffled = "{\"extra\":1,\"summary\":\"s\",\"$schema\":\"entwine/replica/v1\",\"key\":\"K-1\"}";

        assertThat(ReplicaCodec.toJsonString(ReplicaCodec.fromJsonString(shuffled)))
                .isEqualTo("{\"$schema\":\"entwine/replica/v1\",\"key\":\"K-1\",\"summary\":\"s\",\"extra\":1}");
    }

    @Test
    void writesABareCustomFieldValueAsAFieldOfThatName() {
        HubIssue issue = new HubIssue();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Object> live = (Map) issue.getCustomFields();
        live.put("Story Points", 5);

        assertThat(ReplicaCodec.toJsonString(ReplicaCodec.toJson(issue).get("customFields")))
                .isEqualTo("{\"Story Points\":{\"name\":\"Story Points\",\"value\":5}}");
    }

    @Test
    void readsJsonUpToTheConfiguredSizeOnly() {
        String json = "{\"$schema\":\"entwine/replica/v1\",\"summary\":\"" + "é".repeat(20) + "\"}";
        int bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;

        assertThat(ReplicaCodec.fromJsonString(json, bytes).getSummary()).hasSize(20);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ReplicaCodec.fromJsonString(json, bytes - 1)))
                .isInstanceOf(ReplicaFormatException.class);
    }

    @Test
    void leavesOutNullExtrasCustomKeysAndCustomFieldValues() {
        HubIssue issue = new HubIssue();
        issue.set("gone", null);
        issue.set("jsonNull", com.fasterxml.jackson.databind.node.NullNode.getInstance());
        issue.getCustomKeys().put("k", null);
        issue.getCustomFields().put("Team", new HubCustomField("cf2", "Team", "option", null));

        String json = ReplicaCodec.toJsonString(issue);

        assertThat(json).isEqualTo("{\"$schema\":\"entwine/replica/v1\",\"customFields\":{\"Team\":{\"id\":\"cf2\",\"name\":\"Team\",\"type\":\"option\"}}}");
        assertThat(ReplicaCodec.fromJsonString(json).getCustomFields().get("Team").getValue()).isNull();
    }

    @Test
    void toJsonReturnsAFreshTreeEachTime() {
        HubIssue issue = new HubIssue();
        issue.setSummary("a");
        ReplicaCodec.toJson(issue).put("summary", "changed");

        assertThat(ReplicaCodec.toJson(issue).get("summary").textValue()).isEqualTo("a");
    }
}
