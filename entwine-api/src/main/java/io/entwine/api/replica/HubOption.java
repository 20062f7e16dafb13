package io.entwine.api.replica;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One option of a select-type custom field ({@code issue.customFields.Severity.value.value} is its text).
 * Mutable because scripts build options field by field ({@code def o = new BasicHubOption(); o.value = "High"}).
 * {@code childOptions} are the options a cascading field offers under this one. Not thread-safe.
 */
public final class HubOption {
    private String id;
    private String value;
    private List<HubOption> childOptions = new ArrayList<>();

    public HubOption() {
    }

    public HubOption(String id, String value) {
        this.id = id;
        this.value = value;
    }

    /** An option known by its text only; the connector finds it by that text when writing. */
    public static HubOption named(String value) {
        return value == null ? null : new HubOption(null, value);
    }

    public String getId() { return id; }
    /** Lenient: a number ({@code v.id as Long}) is kept as its text. */
    public void setId(Object id) { this.id = id == null ? null : String.valueOf(id); }
    public String getValue() { return value; }
    public void setValue(Object value) { this.value = value == null ? null : String.valueOf(value); }
    public List<HubOption> getChildOptions() { return childOptions; }
    public void setChildOptions(Collection<?> options) { this.childOptions = Lenient.options(options, "childOptions"); }

    /** A deep copy. */
    public HubOption copy() {
        HubOption c = new HubOption(id, value);
        for (HubOption child : childOptions) c.childOptions.add(child == null ? null : child.copy());
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HubOption h && Objects.equals(id, h.id) && Objects.equals(value, h.value)
                && childOptions.equals(h.childOptions);
    }

    @Override
    public int hashCode() { return Objects.hash(id, value); }

    @Override
    public String toString() { return value; }
}
