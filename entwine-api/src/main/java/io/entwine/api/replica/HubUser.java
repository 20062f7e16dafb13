package io.entwine.api.replica;

/**
 * A tracker user. {@code key} is the tracker's account id (Jira accountId, GitHub login).
 * Any part may be null when the tracker hides it (Jira often hides e-mail).
 */
public record HubUser(String key, String username, String email, String displayName, Boolean active) {

    public static HubUser ofKey(String key) {
        return new HubUser(key, key, null, key, true);
    }

    /**
     * The user a script value stands for, with the lenience of every user field: a user, an e-mail (text with
     * {@code @}), an account id, a map of the user's parts or a {@link ReplicaConvertible}; null and blank give null.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static HubUser from(Object value) {
        return Lenient.user(value, "user");
    }

    public String getKey() { return key; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public Boolean getActive() { return active; }

    /**
     * Groovy's {@code user as SomeType}: this user when it already is one, else a new {@code SomeType} built by its
     * public constructor taking a {@code HubUser} — how Exalate scripts' {@code replica.assignee as BasicHubUser}
     * gets the scripts' mutable user class without this SPI knowing it.
     *
     * @throws ClassCastException when the type has no such constructor
     */
    public Object asType(Class<?> type) {
        if (type.isInstance(this)) return this;
        if (type == String.class) return toString();
        try {
            return type.getConstructor(HubUser.class).newInstance(this);
        } catch (NoSuchMethodException e) {
            throw new ClassCastException("a user cannot be converted to " + type.getName());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("converting a user to " + type.getName() + " failed", e);
        }
    }

    /** The best human-readable name: display name, then username, then key. */
    public String label() {
        if (displayName != null && !displayName.isBlank()) return displayName;
        if (username != null && !username.isBlank()) return username;
        return key;
    }
}
