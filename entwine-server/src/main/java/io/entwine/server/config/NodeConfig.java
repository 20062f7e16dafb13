package io.entwine.server.config;

import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.errors.ConfigException;
import io.entwine.core.NodeIdentity;
import io.entwine.core.NodeSettings;
import io.entwine.store.DatabaseConfig;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A node's configuration file (Java properties). Keys:
 * <pre>
 * node.name          name shown to peers (required)
 * node.port          HTTP port (required)
 * node.host          bind address (default 127.0.0.1)
 * node.publicUrl     URL peers and the tracker's webhooks reach this node at (default http://host:port)
 * node.dataDir       where the embedded database lives (default ./data/&lt;node.name&gt;)
 * node.keyFile       the key that seals the secrets stored in the database (default &lt;dataDir&gt;/../&lt;node.name&gt;.key,
 *                    beside the database directory, not in it); created owner-only on first start
 * database.url       JDBC URL of a PostgreSQL database instead of the embedded one (optional)
 * database.user, database.password
 * sync.workers       worker threads (default 8)
 * sync.pollInterval  ISO-8601 duration between polling sweeps (default PT30S)
 * sync.startWorkers  start syncing at once (default true)
 * tracker.kind       jira-cloud | github (required)
 * tracker.baseUrl    tracker REST base URL (required)
 * tracker.*          connector settings: jira-cloud: email, apiToken, project, webhookSecret;
 *                    github: token, repository, webhookSecret
 * </pre>
 * Any key can be overridden by an environment variable: {@code ENTWINE_} + the key upper-cased with dots
 * as underscores ({@code ENTWINE_TRACKER_APITOKEN}), so secrets need not live in the file. Tracker credentials
 * and the database password are read from here only, never stored in the database: prefer the environment.
 */
public record NodeConfig(String name, String host, int port, String publicUrl, Path dataDir, Path keyFile, DatabaseConfig database,
                         NodeSettings settings, String trackerKind, Map<String, String> trackerSettings) {

    /**
     * Keys an environment variable may supply when the file leaves them out (environment names lose the case of
     * {@code apiToken}, so only keys known here or present in the file can be matched).
     */
    private static final Set<String> KNOWN_KEYS = Set.of("node.name", "node.port", "node.host", "node.publicUrl",
            "node.dataDir", "node.keyFile", "database.url", "database.user", "database.password", "sync.workers",
            "sync.pollInterval", "sync.startWorkers", "tracker.kind", "tracker.baseUrl", "tracker.email", "tracker.apiToken",
            "tracker.project", "tracker.token", "tracker.repository", "tracker.webhookSecret");

    public static NodeConfig load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new ConfigException("cannot read node configuration " + file + ": " + e.getMessage());
        }
        return from(p, System.getenv(), file.toString());
    }

    public static NodeConfig from(Properties file, Map<String, String> env, String source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : file.stringPropertyNames()) values.put(key, file.getProperty(key).trim());
        env.forEach((k, v) -> {
            if (k.startsWith("ENTWINE_")) {
                String key = findKey(values.keySet(), k);
                if (key == null) key = findKey(KNOWN_KEYS, k);
                if (key != null) values.put(key, v);
            }
        });
        Values r = new Values(values, source);
        String name = r.required("node.name");
        String host = r.optional("node.host", "127.0.0.1");
        int port = r.integer("node.port", null);
        String publicUrl = r.optional("node.publicUrl", "http://" + host + ":" + port);
        Path dataDir = Path.of(r.optional("node.dataDir", "data/" + name));
        String keyFile = r.optional("node.keyFile", null);
        Path key = keyFile != null ? Path.of(keyFile) : dataDir.toAbsolutePath().normalize().resolveSibling(name + ".key");
        String dbUrl = r.optional("database.url", null);
        DatabaseConfig database = dbUrl == null ? DatabaseConfig.h2File(dataDir)
                : DatabaseConfig.postgres(dbUrl, r.optional("database.user", null), r.optional("database.password", null));
        NodeSettings settings = NodeSettings.defaults()
                .withWorkers(r.integer("sync.workers", 8))
                .withPollInterval(r.duration("sync.pollInterval", Duration.ofSeconds(30)))
                .withStartWorkers(Boolean.parseBoolean(r.optional("sync.startWorkers", "true")));
        String kind = r.required("tracker.kind");
        Map<String, String> tracker = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("tracker.") && !k.equals("tracker.kind")) tracker.put(k.substring("tracker.".length()), v);
        });
        if (!tracker.containsKey("baseUrl")) throw new ConfigException(source + ": 'tracker.baseUrl' is required");
        return new NodeConfig(name, host, port, publicUrl, dataDir, key, database, settings, kind, tracker);
    }

    public NodeIdentity identity() {
        return new NodeIdentity(name, publicUrl, trackerKind);
    }

    public ConnectorConfig connectorConfig(Clock clock) {
        return new ConnectorConfig(trackerSettings.get("baseUrl"), trackerSettings, clock);
    }

    private static String findKey(Set<String> keys, String envName) {
        String wanted = envName.substring("ENTWINE_".length());
        for (String key : keys) if (key.replace('.', '_').equalsIgnoreCase(wanted)) return key;
        return null;
    }

    private record Values(Map<String, String> values, String source) {
        String required(String key) {
            String v = values.get(key);
            if (v == null || v.isBlank()) throw new ConfigException(source + ": '" + key + "' is required");
            return v;
        }

        String optional(String key, String fallback) {
            String v = values.get(key);
            return v == null || v.isBlank() ? fallback : v;
        }

        int integer(String key, Integer fallback) {
            String v = fallback == null ? required(key) : optional(key, String.valueOf(fallback));
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new ConfigException(source + ": '" + key + "' must be a whole number, got '" + v + "'");
            }
        }

        Duration duration(String key, Duration fallback) {
            String v = values.get(key);
            if (v == null || v.isBlank()) return fallback;
            try {
                return Duration.parse(v);
            } catch (DateTimeParseException e) {
                throw new ConfigException(source + ": '" + key + "' must be an ISO-8601 duration such as PT30S, got '" + v + "'");
            }
        }
    }
}
