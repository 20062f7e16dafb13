package io.entwine.script.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiled scripts by {@code sha256(source) + engine version}, size-bounded. A script is compiled once
 * (concurrent callers for the same text wait for that one compile); an evicted or invalidated entry has
 * its classes removed from Groovy's registry and its loader closed, so its classes can be unloaded.
 *
 * <p>Thread-safe. Removal runs on the thread that caused it (no background executor), which keeps
 * unloading deterministic.
 */
public final class RuleClassCache implements AutoCloseable {
    private final Cache<String, RuleClass> cache;
    private final RuleCompiler compiler;
    private final String engineVersion;
    private final AtomicLong compilations = new AtomicLong();

    public RuleClassCache(int maximumSize, String engineVersion, ClassLoader parent) {
        this.compiler = new RuleCompiler(parent);
        this.engineVersion = engineVersion;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .executor(Runnable::run)
                .<String, RuleClass>removalListener((key, rule, cause) -> {
                    if (rule != null) rule.unload();
                })
                .build();
    }

    /** The compiled class for this text, compiling it on a miss. Throws {@code RuleCompileException}. */
    public RuleClass get(String scriptName, String source) {
        String hash = sha256(source);
        return cache.get(hash + "/" + engineVersion, key -> {
            compilations.incrementAndGet();
            return compiler.compile(scriptName, source, hash);
        });
    }

    /** How many compiles actually happened (cache misses that compiled successfully or not). */
    public long compilations() {
        return compilations.get();
    }

    /** Runs pending evictions now (Caffeine otherwise amortises them over later calls). */
    public void cleanUp() {
        cache.cleanUp();
    }

    /** Drops and unloads every compiled script. */
    @Override
    public void close() {
        cache.invalidateAll();
        cache.cleanUp();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
