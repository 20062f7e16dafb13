package io.entwine.emulator.jira;

import java.util.List;

/** One allowed value of a select-type custom field; {@code children} are a cascading field's second-level options. */
record FieldOption(String id, String value, List<FieldOption> children) {
    FieldOption {
        children = List.copyOf(children);
    }

    /** The option with this id or (case-insensitively) this text among {@code options}, or null. */
    static FieldOption find(List<FieldOption> options, String id, String value) {
        for (FieldOption o : options) {
            if (id != null ? o.id.equals(id) : value != null && o.value.equalsIgnoreCase(value)) return o;
        }
        return null;
    }
}
