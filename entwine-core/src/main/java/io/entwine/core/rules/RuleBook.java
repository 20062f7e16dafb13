package io.entwine.core.rules;

import io.entwine.api.errors.ConfigException;
import io.entwine.script.RuleEngine;
import io.entwine.store.Database;
import io.entwine.store.rule.Direction;
import io.entwine.store.rule.RuleVersion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out the active compiled rules of a connection side. Compiled classes are cached by the
 * {@link RuleEngine} (by script hash); this book caches which version is active and re-reads it at most
 * every {@code refresh}, so a version published by another process of the same node is picked up.
 */
public final class RuleBook {
    private final Database database;
    private final RuleEngine engine;
    private final Clock clock;
    private final Duration refresh;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(ActiveRule rule, Instant loadedAt) {
    }

    public RuleBook(Database database, RuleEngine engine, Clock clock, Duration refresh) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
        this.refresh = refresh;
    }

    public ActiveRule outgoing(String connectionId) {
        return active(connectionId, Direction.OUTGOING);
    }

    public ActiveRule incoming(String connectionId) {
        return active(connectionId, Direction.INCOMING);
    }

    private ActiveRule active(String connectionId, Direction direction) {
        String key = connectionId + "/" + direction;
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && cached.loadedAt().plus(refresh).isAfter(now)) return cached.rule();
        RuleVersion version = database.inTransaction(tx -> tx.rules().active(connectionId, direction))
                .orElseThrow(() -> new ConfigException("connection " + connectionId + " has no active " + label(direction)));
        ActiveRule rule = new ActiveRule(connectionId, direction.name(), version.version(),
                engine.compile(label(direction) + " v" + version.version(), version.script()));
        cache.put(key, new Cached(rule, now));
        return rule;
    }

    /** Checks the script compiles, stores it as a new version and makes it active. */
    public RuleVersion publish(String connectionId, Direction direction, String script) {
        engine.compile(label(direction), script);
        RuleVersion published = database.inTransaction(tx -> tx.rules().publish(connectionId, direction, script, clock.instant()));
        invalidate(connectionId);
        return published;
    }

    public void invalidate(String connectionId) {
        cache.keySet().removeIf(k -> k.startsWith(connectionId + "/"));
    }

    private static String label(Direction direction) {
        return direction == Direction.OUTGOING ? "outgoing rules" : "incoming rules";
    }
}
