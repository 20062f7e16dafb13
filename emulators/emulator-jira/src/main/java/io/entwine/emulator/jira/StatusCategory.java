package io.entwine.emulator.jira;

/** Jira's three fixed status categories with their real ids, keys and colours. */
enum StatusCategory {
    NEW(2, "new", "To Do", "blue-gray"),
    INDETERMINATE(4, "indeterminate", "In Progress", "yellow"),
    DONE(3, "done", "Done", "green");

    final int id;
    final String key;
    final String displayName;
    final String colorName;

    StatusCategory(int id, String key, String displayName, String colorName) {
        this.id = id;
        this.key = key;
        this.displayName = displayName;
        this.colorName = colorName;
    }
}
