package io.entwine.api.replica;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HubIssueCopyTest {

    @Test
    @SuppressWarnings("unchecked")
    void copyHoldsABareCustomValueARulePutIntoTheMapAsAnUntypedFieldOfThatName() {
        HubIssue issue = new HubIssue();
        // what Groovy's issue.customFields["Story Points"] = 3 does on a new issue, whose map has no such field yet
        ((Map<String, Object>) (Map<?, ?>) issue.getCustomFields()).put("Story Points", 3);
        issue.getCustomFields().put("Severity", new HubCustomField("customfield_1", "Severity", HubCustomField.OPTION, "High"));

        HubIssue copy = issue.copy();

        assertThat(copy.getCustomFields().get("Story Points")).isEqualTo(new HubCustomField(null, "Story Points", null, 3));
        assertThat(copy.getCustomFields().get("Severity")).isEqualTo(issue.getCustomFields().get("Severity"))
                .isNotSameAs(issue.getCustomFields().get("Severity"));
    }
}
