package io.entwine.script.compat;

import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.ReplicaConvertible;

/**
 * {@code com.exalate.basic.domain.hubobject.v1.BasicHubUser}: a user scripts build field by field
 * ({@code def u = new BasicHubUser(); u.key = "-1"}). Entwine's users are immutable values, so this mutable stand-in
 * becomes a {@link HubUser} wherever it is assigned. Not thread-safe.
 */
public class BasicHubUser implements ReplicaConvertible {
    private String key;
    private String username;
    private String email;
    private String displayName;
    private Boolean active;

    public BasicHubUser() {
    }

    public BasicHubUser(String key) {
        this.key = key;
    }

    public BasicHubUser(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /**
     * A mutable copy of a replica user. Groovy's {@code replica.assignee as BasicHubUser} — a common Exalate idiom —
     * finds this constructor when the value is not already a {@code BasicHubUser}.
     */
    public BasicHubUser(HubUser user) {
        this(user.key(), user.displayName());
        this.username = user.username();
        this.email = user.email();
        this.active = user.active();
    }

    public String getKey() { return key; }
    public void setKey(Object key) { this.key = key == null ? null : String.valueOf(key); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }

    @Override
    public Object toReplicaValue() {
        return new HubUser(key, username, email, displayName, active);
    }

    @Override
    public String toString() {
        return displayName != null ? displayName : key;
    }
}
