package io.entwine.store.crypto;

import java.util.Optional;

/**
 * Where the key that seals the node's secrets lives: outside the database by design, so a copy of the database
 * alone does not reveal them. {@link io.entwine.store.Database#open} asks for the key once, when it opens.
 * Implementations block on their storage and throw {@link io.entwine.api.errors.ConfigException} naming the
 * location when the key cannot be read or written.
 */
public interface SecretKeySource {

    /** The existing key, or empty when there is none yet. */
    Optional<SecretCipher> load();

    /** Makes and keeps a new key; called only when {@link #load()} found none and nothing sealed needs the old one. */
    SecretCipher create();

    /** Where the key is, for messages ("key file /etc/entwine/jira.key"). */
    String describe();

    /**
     * One random key shared by every database opened in this JVM and lost when it exits: for tests and in-memory
     * databases. A file database that holds secrets sealed with it does not open in a later JVM.
     */
    static SecretKeySource inMemory() {
        return InMemoryKey.INSTANCE;
    }
}
