package io.entwine.script.actions;

import java.util.Objects;

/**
 * One entity of the local tracker by id and key ({@code BasicIssueKey} in scripts written for Exalate): what
 * {@code nodeHelper.getLocalIssueKeyFromRemoteId(...)} returns, what {@code syncHelper.exalate(...)} accepts, and
 * what an incoming script returns (inside a {@code scala.Tuple2}) to connect to an existing entity instead of
 * creating one. {@code entityType} is the ServiceNow table or Salesforce object where a tracker has several.
 * Mutable like the class it stands in for; not thread-safe. Its text form is the key (the id when there is none).
 */
public final class EntityKey {
    private String id;
    private String key;
    private String entityType;
    private String url;

    public EntityKey() {
    }

    /** Lenient: the id may be a number ({@code new BasicIssueKey(it.id, it.key)}). */
    public EntityKey(Object id, String key) {
        this(id, key, null);
    }

    public EntityKey(Object id, String key, String entityType) {
        this.id = id == null ? null : String.valueOf(id);
        this.key = key;
        this.entityType = entityType;
    }

    /** The id as a number when it is one (Jira ids are), else as text (ServiceNow sys_ids). */
    public Object getId() {
        if (id == null) return null;
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException notANumber) {
            return id;
        }
    }

    public void setId(Object id) { this.id = id == null ? null : String.valueOf(id); }
    /** The id as text. */
    public String getIdStr() { return id; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    /** Exalate's name for the key. */
    public String getURN() { return key; }
    public String getUrn() { return key; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }

    /** The key when there is one, else the id: how the engine names the entity. */
    public String keyOrId() {
        return key != null ? key : id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntityKey k && Objects.equals(id, k.id) && Objects.equals(key, k.key)
                && Objects.equals(entityType, k.entityType);
    }

    @Override
    public int hashCode() { return Objects.hash(id, key, entityType); }

    @Override
    public String toString() { return keyOrId(); }
}
