package io.entwine.store.errors;

/** A sealed secret did not open: the key is not the one that sealed it, or the stored bytes were altered. Permanent. */
public class SecretUnreadableException extends StoreException {
    public SecretUnreadableException(String message) {
        super(message);
    }
}
