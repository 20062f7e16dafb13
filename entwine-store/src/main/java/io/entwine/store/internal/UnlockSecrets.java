package io.entwine.store.internal;

import io.entwine.api.errors.ConfigException;
import io.entwine.store.connection.ConnectionStore;
import io.entwine.store.crypto.SecretCipher;
import io.entwine.store.crypto.SecretKeySource;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, when the database opens, which key seals its secrets: the existing key when it opens what is sealed,
 * a new one when nothing sealed needs an old one, and a refusal naming the key file otherwise. Also seals what an
 * earlier version stored in plain text, and remembers the key's fingerprint so messages can say which key is wanted.
 */
public final class UnlockSecrets {
    /** Setting holding the fingerprint of the key that sealed the database's secrets. */
    public static final String FINGERPRINT_SETTING = "secrets.keyFingerprint";
    private static final Logger log = LoggerFactory.getLogger(UnlockSecrets.class);

    private UnlockSecrets() {
    }

    /**
     * Runs in the caller's transaction; blocks on SQL and on the key source.
     *
     * @throws ConfigException when the database holds sealed secrets and the key is missing or is another key
     */
    public static SecretCipher unlock(Handle handle, Clock clock, SecretKeySource keys) {
        KeyValueTable settings = new KeyValueTable(handle, "settings");
        Optional<String> expected = settings.get(FINGERPRINT_SETTING);
        Optional<SecretCipher> loaded = keys.load();
        int sealed = new ConnectionStore(handle, clock, loaded.orElse(null)).countSealedSecrets();
        SecretCipher cipher;
        if (loaded.isEmpty()) {
            if (sealed > 0) {
                throw new ConfigException("this database holds " + sealed + " connection secret(s) sealed with key "
                        + expected.orElse("(fingerprint unknown)") + ", but the " + keys.describe() + " does not exist."
                        + " Restore the node's key file there, or set node.keyFile to where it is; the key is never stored"
                        + " in the database, so a database copied without its key file cannot read its secrets.");
            }
            cipher = keys.create();
        } else {
            cipher = loaded.get();
            if (!new ConnectionStore(handle, clock, cipher).keyOpensSecrets()) {
                throw new ConfigException("the " + keys.describe() + " holds key " + cipher.fingerprint() + ", but the "
                        + sealed + " connection secret(s) in this database were sealed with key "
                        + expected.orElse("(fingerprint unknown)") + " and do not open with it."
                        + " Set node.keyFile to the node's original key file.");
            }
        }
        if (expected.isPresent() && !expected.get().equals(cipher.fingerprint())) {
            log.warn("the database had no sealed secrets for key {}; it now uses key {} ({})", expected.get(), cipher.fingerprint(), keys.describe());
        }
        if (!expected.equals(Optional.of(cipher.fingerprint()))) settings.put(FINGERPRINT_SETTING, cipher.fingerprint(), clock.instant());
        int plain = new ConnectionStore(handle, clock, cipher).sealPlainSecrets();
        if (plain > 0) log.info("sealed {} connection secret(s) an earlier version stored in plain text", plain);
        return cipher;
    }
}
