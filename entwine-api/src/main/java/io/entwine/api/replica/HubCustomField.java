package io.entwine.api.replica;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One custom field value, reachable by name and by id ({@code issue.customFields."Story Points".value}).
 *
 * <p>{@code type} is the tracker's field type hint and types the value: {@code text}, {@code number} (Long or
 * BigDecimal), {@code date} (LocalDate), {@code datetime} (Instant), {@code option} ({@link HubOption};
 * {@code .value.value} is its text), {@code options} (list of options), {@code cascading} ({@link HubCascade}),
 * {@code user} ({@link HubUser}), {@code users}; common tracker spellings are accepted too. Setting the value is
 * lenient: a plain String assigned to an option field selects the {@linkplain #getOptions() allowed option} with
 * that text (or names one, for the connector to resolve); a numeric text on a number field becomes a number. A
 * field without a known type keeps any value as given.
 *
 * <p>{@code options} are the values the tracker allows, when the connector read them; they are local knowledge,
 * not part of the value, and neither travel nor count for equality. Mutable; not thread-safe.
 */
public final class HubCustomField {
    public static final String TEXT = "text";
    public static final String NUMBER = "number";
    public static final String DATE = "date";
    public static final String DATETIME = "datetime";
    public static final String OPTION = "option";
    public static final String OPTIONS = "options";
    public static final String CASCADING = "cascading";
    public static final String USER = "user";
    public static final String USERS = "users";

    private String id;
    private String name;
    private String type;
    private Object value;
    private List<HubOption> options = List.of();

    public HubCustomField() {
    }

    /** @throws IllegalArgumentException when the value does not fit the type (text on a number field...) */
    public HubCustomField(String id, String name, String type, Object value) {
        this.id = id;
        this.name = name;
        this.type = type;
        setValue(value);
    }

    public String getId() { return id; }
    public void setId(Object id) { this.id = Lenient.text(id); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    /** Lenient: any value whose text names the type (an enum constant, for example). */
    public void setType(Object type) { this.type = Lenient.text(type); }
    public Object getValue() { return value; }

    /** @throws IllegalArgumentException naming the field when the value does not fit its type */
    public void setValue(Object value) {
        this.value = CustomFieldValues.typed(type, value, options, name != null ? name : id);
    }

    /** The options the tracker allows for this field (empty when not known). */
    public List<HubOption> getOptions() { return options; }
    public void setOptions(Collection<?> options) { this.options = List.copyOf(Lenient.options(options, "options")); }

    /** The canonical type name ({@link #OPTION}, {@link #USERS}...) of this field's type hint, or null when unknown. */
    public String canonicalType() {
        CustomFieldValues.Kind kind = CustomFieldValues.kind(type);
        return kind == CustomFieldValues.Kind.OTHER ? null : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A deep copy: options and cascades inside the value are copied too. */
    public HubCustomField copy() {
        HubCustomField c = new HubCustomField();
        c.id = id;
        c.name = name;
        c.type = type;
        c.value = CustomFieldValues.copy(value);
        c.options = options;
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HubCustomField f && Objects.equals(id, f.id) && Objects.equals(name, f.name)
                && Objects.equals(type, f.type) && Objects.equals(value, f.value);
    }

    @Override
    public int hashCode() { return Objects.hash(id, name, value); }

    @Override
    public String toString() { return name + "=" + value; }
}
