package io.entwine.api.errors;

/** The entity (or comment) does not exist in the tracker, or is not visible to the integration user. */
public class EntityNotFoundException extends SyncException {
    private final String key;

    public EntityNotFoundException(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() { return key; }
}
