package io.entwine.core.incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String s) {
        try {
            ObjectNode n = (ObjectNode) JSON.readTree(s.replace('\'', '"'));
            n.put("$schema", "entwine/replica/v1");
            return n;
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void withoutAReplicaSentBeforeTheBaselineIsWhatWasWritten() {
        ObjectNode written = json("{'summary':'new'}");
        assertThat(Baseline.merge(null, json("{}"), written)).isEqualTo(written);
    }

    @Test
    void takesWhatTheSyncChangedAndKeepsWhatItDidNotTouch() {
        JsonNode sent = json("{'summary':'old','status':{'name':'closed'}}");
        // a person reopened the issue after the last send; the sync then wrote only the summary
        ObjectNode before = json("{'summary':'old','status':{'name':'open'}}");
        ObjectNode written = json("{'summary':'from remote','status':{'name':'open'}}");

        ObjectNode baseline = Baseline.merge(sent, before, written);

        assertThat(baseline.path("summary").asText()).isEqualTo("from remote");
        // the reopen is not absorbed: it still differs from the baseline and will be sent
        assertThat(baseline.path("status").path("name").asText()).isEqualTo("closed");
    }

    @Test
    void aPropertyTheSyncClearedIsRemoved() {
        ObjectNode baseline = Baseline.merge(json("{'summary':'s','priority':{'name':'High'}}"),
                json("{'summary':'s','priority':{'name':'High'}}"), json("{'summary':'s'}"));
        assertThat(baseline.has("priority")).isFalse();
    }

    @Test
    void commentsMergeOneByOne() {
        JsonNode sent = json("{'comments':[{'id':'1','body':'a'},{'id':'2','body':'b'},{'id':'3','body':'c'}]}");
        // since the last send a person added comment 9; the sync edited 1, deleted 2 and added mirror 10
        ObjectNode before = json("{'comments':[{'id':'1','body':'a'},{'id':'2','body':'b'},{'id':'3','body':'c'},{'id':'9','body':'human'}]}");
        ObjectNode written = json("{'comments':[{'id':'1','body':'a2'},{'id':'3','body':'c'},{'id':'9','body':'human'},{'id':'10','body':'mirror'}]}");

        ObjectNode baseline = Baseline.merge(sent, before, written);

        assertThat(baseline.path("comments").findValuesAsText("id")).containsExactly("1", "3", "10");
        assertThat(baseline.path("comments").get(0).path("body").asText()).isEqualTo("a2");
    }
}
