package io.entwine.api.replica;

/**
 * A tracker user. {@code key} is the tracker's account id (Jira accountId, GitHub login).
 * Any part may be null when the tracker hides it (Jira often hides e-mail).
 */
public record HubUser(String key, String username, String email, String displayName, Boolean active) {

    public static HubUser ofKey(String key) {
        return new HubUser(key, key, null, key, true);
    }

    public String getKey() { return key; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public Boolean getActive() { return active; }

    /** The best human-readable name: display name, then username, then key. */
    public String label() {
        if (displayName != null && !displayName.isBlank()) return displayName;
        if (username != null && !username.isBlank()) return username;
        return key;
    }
}
