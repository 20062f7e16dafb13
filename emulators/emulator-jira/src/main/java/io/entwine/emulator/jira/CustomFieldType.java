package io.entwine.emulator.jira;

/**
 * The custom field types the emulator offers, with the schema Jira Cloud reports for each in {@code /field}
 * ({@code schema.type}, {@code schema.items}, {@code schema.custom}) and the value shape its REST API takes and gives.
 */
public enum CustomFieldType {
    /** Single-line text: a string of at most 255 characters. */
    TEXT("string", null, "textfield"),
    /** Number: a JSON number. */
    NUMBER("number", null, "float"),
    /** Date picker: {@code "2026-11-23"}. */
    DATE("date", null, "datepicker"),
    /** Date-time picker: {@code "2026-11-23T10:00:00.000+0000"}. */
    DATETIME("datetime", null, "datetime"),
    /** Single select: {@code {"value": "High"}} or {@code {"id": "10100"}}. */
    SELECT("option", null, "select"),
    /** Multi select: a list of options. */
    MULTISELECT("array", "option", "multiselect"),
    /** Cascading select: {@code {"value": "EU", "child": {"value": "Paris"}}}. */
    CASCADING("option-with-child", null, "cascadingselect"),
    /** User picker: {@code {"accountId": "..."}}. */
    USER("user", null, "userpicker"),
    /** Multi user picker: a list of users. */
    MULTIUSER("array", "user", "multiuserpicker");

    final String schemaType;
    final String items;
    final String custom;

    CustomFieldType(String schemaType, String items, String key) {
        this.schemaType = schemaType;
        this.items = items;
        this.custom = "com.atlassian.jira.plugin.system.customfieldtypes:" + key;
    }

    boolean hasOptions() {
        return this == SELECT || this == MULTISELECT || this == CASCADING;
    }
}
