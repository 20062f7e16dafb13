package io.entwine.emulator.jira;

/** One field change of a changelog history, as Jira reports it (raw ids in from/to, display text in the strings). */
record ChangeItem(String field, String fieldId, String from, String fromText, String to, String toText) {
}
