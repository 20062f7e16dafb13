package io.entwine.store.crypto;

import io.entwine.api.errors.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's secret key in a file of its own: comment lines starting with {@code #} and one line with the
 * Base64 of the {@value SecretCipher#KEY_BYTES}-byte key. Created readable and writable by the owner only (on
 * file systems with POSIX permissions); a key file others may read is used, with a warning. Blocking file I/O.
 */
public final class KeyFile implements SecretKeySource {
    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    public KeyFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }

    /**
     * @throws ConfigException when the file exists but cannot be read or holds no valid key
     */
    @Override
    public Optional<SecretCipher> load() {
        if (!Files.exists(path)) return Optional.empty();
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new ConfigException("cannot read the key file " + path + ": " + e.getMessage(), e);
        }
        warnIfOthersCanRead();
        List<String> values = lines.stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (values.size() != 1) {
            throw new ConfigException("the key file " + path + " must hold exactly one key line (Base64 of "
                    + SecretCipher.KEY_BYTES + " bytes), found " + values.size());
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(values.get(0));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("the key file " + path + " does not hold a Base64 key: " + e.getMessage());
        }
        if (key.length != SecretCipher.KEY_BYTES) {
            throw new ConfigException("the key in " + path + " is " + key.length + " bytes; an Entwine key is "
                    + SecretCipher.KEY_BYTES + " bytes (AES-256)");
        }
        return Optional.of(SecretCipher.of(key));
    }

    /**
     * Writes a new random key, owner-only, atomically (a crash leaves no half-written key file).
     *
     * @throws ConfigException when the file already exists or cannot be written
     */
    @Override
    public SecretCipher create() {
        byte[] key = SecretCipher.newKey();
        String text = "# Entwine node secret key (AES-256). It seals the secrets stored in the node's database.\n"
                + "# Keep it private and back it up apart from the database: without it those secrets cannot be read.\n"
                + Base64.getEncoder().encodeToString(key) + "\n";
        Path dir = path.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = posix(dir) ? Files.createTempFile(dir, ".entwine-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dir, ".entwine-key", ".tmp");
            if (!posix(dir)) ownerOnlyWithoutPosix(temp);
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            if (Files.exists(path)) throw new FileAlreadyExistsException(path.toString());
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path);
            }
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException("the key file " + path + " appeared while a new one was being made; start again to use it");
        } catch (IOException e) {
            throw new ConfigException("cannot create the key file " + path + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file holds a key nobody uses
                }
            }
        }
        log.info("created the secret key file {} (owner-only); back it up apart from the database", path);
        return SecretCipher.of(key);
    }

    @Override
    public String describe() {
        return "key file " + path;
    }

    private void warnIfOthersCanRead() {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (view == null) return;
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("the key file {} can be read by other users ({}); restrict it: chmod 600 {}", path,
                        PosixFilePermissions.toString(permissions), path);
            }
        } catch (IOException e) {
            log.debug("cannot read the permissions of {}: {}", path, e.getMessage());
        }
    }

    private static boolean posix(Path dir) {
        return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    }

    private static void ownerOnlyWithoutPosix(Path file) {
        var f = file.toFile();
        boolean ok = f.setReadable(false, false) & f.setReadable(true, true) & f.setWritable(false, false) & f.setWritable(true, true);
        if (!ok) log.warn("could not restrict {} to its owner; check its permissions", file);
    }

    @Override
    public String toString() {
        return describe();
    }
}
