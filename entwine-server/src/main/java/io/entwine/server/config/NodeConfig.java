package io.entwine.server.config;

import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.errors.ConfigException;
import io.entwine.core.NodeIdentity;
import io.entwine.core.NodeSettings;
import io.entwine.core.attachments.AttachmentSettings;
import io.entwine.core.notify.NotifySettings;
import io.entwine.server.http.NodeHttpServer;
import io.entwine.server.mail.SmtpSettings;
import io.entwine.store.DatabaseConfig;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * http.maxBodyBytes the largest request body the node reads (default 8388608 = 8 MiB); larger ones are refused
 *                    with 413 before they are read
 * node.keyFile       the key that seals the secrets stored in the database (default &lt;dataDir&gt;/../&lt;node.name&gt;.key,
 *                    beside the database directory, not in it); created owner-only on first start
 * database.url       JDBC URL of a PostgreSQL database instead of the embedded one (optional)
 * database.user, database.password
 * sync.workers       worker threads (default 8)
 * sync.pollInterval  ISO-8601 duration between polling sweeps (default PT30S)
 * sync.startWorkers  start the sync workers with the node (default false: the node starts inactive, detecting and
 *                    queueing changes, until an admin activates it); even when true, a node whose fingerprint changed
 *                    (a copied database, another tracker) stays inactive until an admin confirms it
 * attachments.maxBytes  largest attachment transferred, in bytes (default 104857600 = 100 MB); larger ones are
 *                    skipped with an entity-level error; content is spooled in &lt;dataDir&gt;/attachments
 * sync.reconcileInterval  ISO-8601 duration between reconciliation sweeps, which read every twin to repair what
 *                    missed webhooks left behind (default PT6H; PT0S turns the periodic sweep off)
 * tracker.kind       jira-cloud | github (required)
 * tracker.baseUrl    tracker REST base URL (required)
 * tracker.*          connector settings: jira-cloud: email, apiToken, project, webhookSecret;
 *                    github: token, repository, webhookSecret
 * notify.smtp.host   SMTP server for error digests to admins; without it nobody is notified
 * notify.smtp.port   (default 587 with STARTTLS, else 25)
 * notify.smtp.user, notify.smtp.password   login, if the server wants one
 * notify.smtp.startTls  require STARTTLS (default true)
 * notify.from        sender address;  notify.to  recipients, comma-separated
 * notify.digestInterval  ISO-8601 duration between digests (default PT5M)
 * notify.persistAfter    an error open this long is reported again as persisting (default PT1H)
 * notify.remindEvery     and then again at most this often (default PT24H)
 * notify.maxPerHour      at most this many digests in any hour (default 4)
 * </pre>
 * Any key can be overridden by an environment variable: {@code ENTWINE_} + the key upper-cased with dots
 * as underscores ({@code ENTWINE_TRACKER_APITOKEN}), so secrets need not live in the file. Tracker credentials,
 * the database and SMTP passwords are read from here only, never stored in the database: prefer the environment.
 */
public record NodeConfig(String name, String host, int port, String publicUrl, Path dataDir, Path keyFile, DatabaseConfig database,
                         NodeSettings settings, String trackerKind, Map<String, String> trackerSettings,
                         NotifyConfig notifications, AttachmentSettings attachments, long maxBodyBytes,
                         Duration reconcileInterval) {

    /** Optional keys an environment variable may set even when the file does not mention them. */
    private static final List<String> OPTIONAL_KEYS = List.of("notify.smtp.host", "notify.smtp.port", "notify.smtp.user",
            "notify.smtp.password", "notify.smtp.startTls", "notify.from", "notify.to", "notify.digestInterval",
            "notify.persistAfter", "notify.remindEvery", "notify.maxPerHour");

    /**
     * Keys an environment variable may supply when the file leaves them out (environment names lose the case of
     * {@code apiToken}, so only keys known here or present in the file can be matched).
     */
    private static final Set<String> KNOWN_KEYS = Set.of("node.name", "node.port", "node.host", "node.publicUrl",
            "node.dataDir", "node.keyFile", "database.url", "database.user", "database.password", "sync.workers",
            "sync.pollInterval", "sync.startWorkers", "sync.reconcileInterval", "attachments.maxBytes", "tracker.kind", "tracker.baseUrl", "tracker.email", "tracker.apiToken",
            "tracker.project", "tracker.token", "tracker.repository", "tracker.webhookSecret", "http.maxBodyBytes");

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
        Set<String> known = new LinkedHashSet<>(values.keySet());
        known.addAll(KNOWN_KEYS);
        known.addAll(OPTIONAL_KEYS);
        env.forEach((k, v) -> {
            if (k.startsWith("ENTWINE_")) {
                String key = findKey(known, k);
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
                .withStartWorkers(r.bool("sync.startWorkers", false));
        String kind = r.required("tracker.kind");
        Map<String, String> tracker = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("tracker.") && !k.equals("tracker.kind")) tracker.put(k.substring("tracker.".length()), v);
        });
        if (!tracker.containsKey("baseUrl")) throw new ConfigException(source + ": 'tracker.baseUrl' is required");
        AttachmentSettings attachments = new AttachmentSettings(dataDir.resolve("attachments"),
                r.longValue("attachments.maxBytes", AttachmentSettings.DEFAULT_MAX_BYTES));
        long maxBodyBytes = r.integer("http.maxBodyBytes", (int) NodeHttpServer.DEFAULT_MAX_BODY_BYTES);
        if (maxBodyBytes < 1024) throw new ConfigException(source + ": 'http.maxBodyBytes' must be at least 1024, got " + maxBodyBytes);
        return new NodeConfig(name, host, port, publicUrl, dataDir, key, database, settings, kind, tracker, notifications(r),
                attachments, maxBodyBytes, r.duration("sync.reconcileInterval", Duration.ofHours(6)));
    }

    /** The e-mail notifications, or null when {@code notify.smtp.host} is not set (and no other notify key is). */
    private static NotifyConfig notifications(Values r) {
        String smtpHost = r.optional("notify.smtp.host", null);
        if (smtpHost == null) {
            for (String key : r.values().keySet()) {
                if (key.startsWith("notify.") && !r.optional(key, "").isEmpty()) {
                    throw new ConfigException(r.source() + ": '" + key + "' is set but 'notify.smtp.host' is not; set it to mail"
                            + " error digests to admins, or remove the notify.* keys");
                }
            }
            return null;
        }
        boolean startTls = r.bool("notify.smtp.startTls", true);
        int smtpPort = r.integer("notify.smtp.port", startTls ? 587 : 25);
        List<String> to = Arrays.stream(r.required("notify.to").split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
        String from = r.required("notify.from");
        NotifySettings defaults = NotifySettings.defaults();
        Duration digestInterval = r.duration("notify.digestInterval", defaults.digestInterval());
        Duration persistAfter = r.duration("notify.persistAfter", defaults.persistAfter());
        Duration remindEvery = r.duration("notify.remindEvery", defaults.remindEvery());
        int maxPerHour = r.integer("notify.maxPerHour", defaults.maxPerHour());
        try {
            SmtpSettings smtp = new SmtpSettings(smtpHost, smtpPort, r.optional("notify.smtp.user", null),
                    r.optional("notify.smtp.password", null), startTls, from, to, SmtpSettings.DEFAULT_TIMEOUT);
            return new NotifyConfig(smtp, new NotifySettings(digestInterval, persistAfter, remindEvery, maxPerHour,
                    defaults.examplesPerGroup()));
        } catch (ConfigException e) {
            throw new ConfigException(r.source() + ": " + e.getMessage());
        }
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

        long longValue(String key, long fallback) {
            String v = optional(key, String.valueOf(fallback));
            try {
                long n = Long.parseLong(v);
                if (n < 0) throw new NumberFormatException();
                return n;
            } catch (NumberFormatException e) {
                throw new ConfigException(source + ": '" + key + "' must be a whole number of bytes, got '" + v + "'");
            }
        }

        boolean bool(String key, boolean fallback) {
            String v = optional(key, String.valueOf(fallback));
            if (v.equalsIgnoreCase("true")) return true;
            if (v.equalsIgnoreCase("false")) return false;
            throw new ConfigException(source + ": '" + key + "' must be true or false, got '" + v + "'");
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
