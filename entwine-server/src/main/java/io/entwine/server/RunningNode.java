package io.entwine.server;

import io.entwine.core.Node;
import io.entwine.server.auth.AdminTokens;
import io.entwine.server.auth.IssuedToken;
import io.entwine.server.config.Connectors;
import io.entwine.server.config.NodeConfig;
import io.entwine.server.config.NotifyConfig;
import io.entwine.server.http.NodeHttpServer;
import io.entwine.server.mail.SmtpNotifier;
import io.entwine.store.Database;
import io.entwine.store.crypto.KeyFile;
import io.entwine.transport.PeerClient;
import io.entwine.transport.RetryPolicy;
import io.entwine.transport.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** A node with its database and HTTP server, built from a {@link NodeConfig}; closing stops all three. */
public final class RunningNode implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RunningNode.class);

    private final NodeConfig config;
    private final Database database;
    private final Node node;
    private final NodeHttpServer http;
    private final AdminTokens tokens;
    private final IssuedToken firstAdminToken;

    private RunningNode(NodeConfig config, Database database, Node node, NodeHttpServer http, AdminTokens tokens,
                        IssuedToken firstAdminToken) {
        this.config = config;
        this.database = database;
        this.node = node;
        this.http = http;
        this.tokens = tokens;
        this.firstAdminToken = firstAdminToken;
    }

    /**
     * Opens the database (unlocking its secrets with the node's key file, made on first start), starts the HTTP
     * server, then the node (so the tracker's webhook can reach it at once), and once all that succeeded makes the
     * first admin token if the node never had one. Mails admins error digests when the configuration says where to.
     *
     * @throws io.entwine.api.errors.ConfigException when the configuration, the key file or the tracker settings are wrong
     */
    public static RunningNode start(NodeConfig config, Clock clock) {
        Database database = open(config, clock);
        try {
            AdminTokens tokens = new AdminTokens(database, clock);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            PeerClient peers = new PeerClient(http, clock, Sleeper.SYSTEM, RetryPolicy.DEFAULT);
            Node node = new Node(config.identity(), config.settings(), database, Connectors.create(config.trackerKind()),
                    config.connectorConfig(clock), peers, clock, config.attachments());
            NotifyConfig notify = config.notifications();
            if (notify != null) node.notifyAdmins(new SmtpNotifier(notify.smtp()), notify.policy());
            node.reconcileEvery(config.reconcileInterval());
            NodeHttpServer server = new NodeHttpServer(node, tokens, config.host(), config.port(), config.maxBodyBytes()).start();
            IssuedToken first;
            try {
                node.start();
                // only once the start succeeded: a token made by a failed start would never be shown
                first = tokens.issueFirstIfNone().orElse(null);
            } catch (RuntimeException e) {
                server.close();
                node.close();
                throw e;
            }
            if (first != null) log.info("made the node's first admin token {}; it is shown once, on the console", first.id());
            return new RunningNode(config, database, node, server, tokens, first);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Recovery when the admin tokens are lost: revokes every token of the node's database and returns a new one.
     * Needs only local access to the configuration and key file; the embedded database must not be in use by a
     * running node (PostgreSQL may be).
     */
    public static IssuedToken resetAdminToken(NodeConfig config, Clock clock) {
        try (Database database = open(config, clock)) {
            return new AdminTokens(database, clock).reset();
        }
    }

    private static Database open(NodeConfig config, Clock clock) {
        return Database.open(config.database(), clock, new KeyFile(config.keyFile()));
    }

    public Node node() { return node; }
    public NodeConfig config() { return config; }
    public String url() { return config.publicUrl(); }
    public int port() { return http.port(); }
    public AdminTokens adminTokens() { return tokens; }

    /** The admin token made at this start because the node had none (its first start); empty on later starts. */
    public Optional<IssuedToken> firstAdminToken() { return Optional.ofNullable(firstAdminToken); }

    @Override
    public void close() {
        http.close();
        node.close();
        database.close();
    }
}
