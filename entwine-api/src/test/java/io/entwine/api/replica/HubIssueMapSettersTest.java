package io.entwine.api.replica;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code replica.customKeys = [...]} and {@code replica.customFields = [...]} replace the maps' contents. */
class HubIssueMapSettersTest {

    @Test
    void assigningCustomKeysReplacesThemAndKeepsTheLiveMap() {
        HubIssue issue = new HubIssue();
        Map<String, Object> live = issue.getCustomKeys();
        live.put("old", 1);
        Map<Object, Object> assigned = new LinkedHashMap<>();
        assigned.put("jiraKey", "DEMO-1");
        assigned.put(7, List.of("a"));
        issue.setCustomKeys(assigned);
        assertThat(live).containsExactly(Map.entry("jiraKey", "DEMO-1"), Map.entry("7", List.of("a")));
        issue.setCustomKeys(null);
        assertThat(issue.getCustomKeys()).isEmpty();
    }

    @Test
    void assigningCustomFieldsKeepsFieldsAndWrapsPlainValues() {
        HubIssue issue = new HubIssue();
        HubCustomField points = new HubCustomField("10016", "Story Points", HubCustomField.NUMBER, 5);
        issue.setCustomFields(Map.of("Story Points", points));
        assertThat(issue.getCustomFields()).containsExactly(Map.entry("Story Points", points));
        issue.setCustomFields(Map.of("Team", "Blue"));
        assertThat(issue.getCustomFields()).containsOnlyKeys("Team");
        assertThat(issue.getCustomFields().get("Team").getName()).isEqualTo("Team");
        assertThat(issue.getCustomFields().get("Team").getValue()).isEqualTo("Blue");
    }
}
