package io.entwine.api.replica;

/**
 * The value of a cascading select field: a parent option and, optionally, one of its child options
 * ({@code issue.customFields.Region.value.parent.value}, {@code .value.child.value}).
 */
public record HubCascade(HubOption parent, HubOption child) {

    public HubOption getParent() { return parent; }
    public HubOption getChild() { return child; }

    /** A copy that shares nothing mutable with this one. */
    public HubCascade copy() {
        return new HubCascade(parent == null ? null : parent.copy(), child == null ? null : child.copy());
    }

    @Override
    public String toString() {
        return child == null ? String.valueOf(parent) : parent + " - " + child;
    }
}
