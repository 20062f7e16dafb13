package io.entwine.emulator.jira;

import java.util.List;

/** A custom field of the site: {@code customfield_<n>} id, display name, type and, for selects, its options. */
record JiraField(String id, String name, CustomFieldType type, List<FieldOption> options) {
    JiraField {
        options = List.copyOf(options);
    }

    long customId() {
        return Long.parseLong(id.substring("customfield_".length()));
    }
}
