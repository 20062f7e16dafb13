package io.entwine.store.crypto;

import java.util.Optional;

/** The JVM-wide throw-away key of {@link SecretKeySource#inMemory()}. */
enum InMemoryKey implements SecretKeySource {
    INSTANCE;

    private final SecretCipher cipher = SecretCipher.of(SecretCipher.newKey());

    @Override
    public Optional<SecretCipher> load() {
        return Optional.of(cipher);
    }

    @Override
    public SecretCipher create() {
        return cipher;
    }

    @Override
    public String describe() {
        return "the in-memory key of this JVM";
    }
}
