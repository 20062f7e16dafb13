package io.entwine.api.replica;

/** One label (Jira label, GitHub label name). */
public record HubLabel(String label) {

    public HubLabel {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("a label must not be blank");
    }

    public String getLabel() { return label; }

    @Override
    public String toString() { return label; }
}
