package io.entwine.model.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.entwine.api.errors.SyncException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplicaFormatExceptionTest {
    private static final String V1 = "{\"$schema\":\"entwine/replica/v1\",";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{}`                                                  | replica.$schema                 | replica.$schema: missing; this node reads "entwine/replica/v1"
            `{"$schema":null}`                                    | replica.$schema                 | replica.$schema: missing; this node reads "entwine/replica/v1"
            `{"$schema":1}`                                       | replica.$schema                 | replica.$schema: expected a string
            `{"$schema":"entwine/replica/v2"}`                    | replica.$schema                 | unsupported replica schema entwine/replica/v2; this node reads v1
            `{"$schema":"entwine/replica/v17"}`                   | replica.$schema                 | unsupported replica schema entwine/replica/v17; this node reads v1
            `{"$schema":"entwine/replica/v0"}`                    | replica.$schema                 | replica.$schema: expected "entwine/replica/v1", got "entwine/replica/v0"
            `{"$schema":"other/v1"}`                              | replica.$schema                 | replica.$schema: expected "entwine/replica/v1", got "other/v1"
            `[1]`                                                 | replica                         | replica: expected an object
            """)
    void refusesMissingUnknownAndNewerSchemas(String json, String path, String message) {
        assertRefused(json, path, message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"labels":[1]}`                                                  | replica.labels[0]                        | replica.labels[0]: expected a string
            `"labels":["a"," "]}`                                            | replica.labels[1]                        | replica.labels[1]: a label must not be blank
            `"labels":"a"}`                                                  | replica.labels                           | replica.labels: expected an array
            `"status":{"id":"3"}}`                                           | replica.status                           | replica.status: expected an object with "name"
            `"status":3}`                                                    | replica.status                           | replica.status: expected an object with "name"
            `"priority":{"name":5}}`                                         | replica.priority.name                    | replica.priority.name: expected a string
            `"type":{"name":"Bug","id":7}}`                                  | replica.type.id                          | replica.type.id: expected a string
            `"project":[]}`                                                  | replica.project                          | replica.project: expected an object with "key"
            `"summary":42}`                                                  | replica.summary                          | replica.summary: expected a string
            `"assignee":"bob"}`                                              | replica.assignee                         | replica.assignee: expected a user object
            `"assignees":[{"key":"a"},null]}`                                | replica.assignees[1]                     | replica.assignees[1]: expected a user object
            `"reporter":{"active":"yes"}}`                                   | replica.reporter.active                  | replica.reporter.active: expected a boolean
            `"created":"yesterday"}`                                         | replica.created                          | replica.created: expected an ISO-8601 timestamp, got "yesterday"
            `"updated":1700000000}`                                          | replica.updated                          | replica.updated: expected an ISO-8601 timestamp, got 1700000000
            `"comments":[{},{},{"created":"yesterday"}]}`                    | replica.comments[2].created              | replica.comments[2].created: expected an ISO-8601 timestamp, got "yesterday"
            `"comments":[{"internal":"no"}]}`                                | replica.comments[0].internal             | replica.comments[0].internal: expected a boolean
            `"comments":[{"author":{"email":3}}]}`                           | replica.comments[0].author.email         | replica.comments[0].author.email: expected a string
            `"comments":["hi"]}`                                             | replica.comments[0]                      | replica.comments[0]: expected an object
            `"customFields":[]}`                                             | replica.customFields                     | replica.customFields: expected an object
            `"customFields":{"Story Points":5}}`                             | replica.customFields["Story Points"]     | replica.customFields["Story Points"]: expected an object
            `"customFields":{"sp":{"type":1}}}`                              | replica.customFields.sp.type             | replica.customFields.sp.type: expected a string
            `"customKeys":"x"}`                                              | replica.customKeys                       | replica.customKeys: expected an object
            """)
    void namesTheJsonPathOfAValueOfTheWrongShape(String rest, String path, String message) {
        assertRefused(V1 + rest, path, message);
    }

    @Test
    void refusesInvalidJsonWithItsPosition() {
        ReplicaFormatException e = catchThrowableOfType(ReplicaFormatException.class,
                () -> ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\n\"summary\": oops}"));

        assertThat(e.path()).isEqualTo("replica");
        assertThat(e.getMessage()).startsWith("replica: not valid JSON at line 2, column 12: Unrecognized token 'oops'");
    }

    @Test
    void refusesDuplicateKeysAndTrailingContent() {
        assertThat(catchThrowableOfType(ReplicaFormatException.class,
                () -> ReplicaCodec.fromJsonString(V1 + "\"key\":\"a\",\"key\":\"b\"}")).getMessage())
                .startsWith("replica: not valid JSON at line 1, column ").contains("Duplicate field 'key'");
        assertThat(catchThrowableOfType(ReplicaFormatException.class,
                () -> ReplicaCodec.fromJsonString(V1 + "\"key\":\"a\"} {}")).getMessage())
                .startsWith("replica: not valid JSON at line 1, column ").contains("Trailing token");
    }

    @Test
    void refusesJsonOverTheSizeLimitBeforeParsingIt() {
        String big = V1 + "\"description\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";

        assertRefusedText(() -> ReplicaCodec.fromJsonString(big), "replica",
                "replica: the JSON is " + (big.length()) + " bytes, over the limit of 5242880 bytes; it was not read");
        assertRefusedText(() -> ReplicaCodec.fromJsonString("{\"$schema\":\"entwine/replica/v1\",\"summary\":\"漢漢\"}", 50), "replica",
                "replica: the JSON is 51 bytes, over the limit of 50 bytes; it was not read");
    }

    @Test
    void refusesToWriteValuesWithoutAJsonForm() {
        HubIssue issue = new HubIssue();
        issue.getCustomKeys().put("x", Map.of("n", Double.NaN));
        assertRefusedText(() -> ReplicaCodec.toJson(issue), "replica.customKeys.x.n",
                "replica.customKeys.x.n: cannot put NaN into a replica; JSON numbers are finite");

        HubIssue other = new HubIssue();
        other.set("thread", List.of(new Object()));
        assertRefusedText(() -> ReplicaCodec.toJson(other), "replica.thread[0]",
                "replica.thread[0]: cannot put a java.lang.Object into a replica; use a map, list, string, number, boolean, date or Hub value");
    }

    @Test
    void refusesAnExtraNamedLikeAStandardProperty() {
        HubIssue issue = new HubIssue();
        issue.set("summary", "sneaky");
        assertRefusedText(() -> ReplicaCodec.toJson(issue), "replica.summary",
                "replica.summary: \"summary\" is a standard property and cannot also be an extra");
    }

    @Test
    void refusesMapsWithNullKeysAndMapsThatContainThemselves() {
        Map<Object, Object> withNullKey = new HashMap<>();
        withNullKey.put(null, 1);
        HubIssue issue = new HubIssue();
        issue.set("m", withNullKey);
        assertRefusedText(() -> ReplicaCodec.toJson(issue), "replica.m", "replica.m: a map key must not be null");

        Map<String, Object> cycle = new HashMap<>();
        cycle.put("self", cycle);
        HubIssue looping = new HubIssue();
        looping.set("loop", cycle);
        ReplicaFormatException e = catchThrowableOfType(ReplicaFormatException.class, () -> ReplicaCodec.toJson(looping));
        assertThat(e.getMessage()).startsWith("replica.loop.self.self.self").endsWith(": nested deeper than 500 levels; does a map or list contain itself?");
    }

    @Test
    void refusesToWriteAStatusWithoutANameOrALiveListWithForeignItems() {
        HubIssue issue = new HubIssue();
        issue.setStatus(new HubStatus("3", null));
        assertRefusedText(() -> ReplicaCodec.toJson(issue), "replica.status", "replica.status: expected an object with \"name\"");

        HubIssue withForeignAssignee = new HubIssue();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Object> assignees = (List) withForeignAssignee.getAssignees();
        assignees.add("bob");
        assertRefusedText(() -> ReplicaCodec.toJson(withForeignAssignee), "replica.assignees[0]",
                "replica.assignees[0]: expected a user, got a String (bob)");

        HubIssue withForeignComment = new HubIssue();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Object> comments = (List) withForeignComment.getComments();
        comments.add(new HubComment());
        comments.add(42);
        assertRefusedText(() -> ReplicaCodec.toJson(withForeignComment), "replica.comments[1]",
                "replica.comments[1]: expected a comment, got a Integer (42)");
    }

    @Test
    void isASyncException() {
        assertThat(new ReplicaFormatException("replica.x", "bad")).isInstanceOf(SyncException.class).hasMessage("replica.x: bad");
    }

    private static void assertRefused(String json, String path, String message) {
        assertRefusedText(() -> ReplicaCodec.fromJsonString(json), path, message);
    }

    private static void assertRefusedText(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String path, String message) {
        ReplicaFormatException e = catchThrowableOfType(ReplicaFormatException.class, call);
        assertThat(e).as("expected a ReplicaFormatException").isNotNull();
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.path()).isEqualTo(path);
    }
}
