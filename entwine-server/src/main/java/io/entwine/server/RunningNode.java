package io.entwine.server;

import io.entwine.core.Node;
import io.entwine.server.config.Connectors;
import io.entwine.server.config.NodeConfig;
import io.entwine.server.config.NotifyConfig;
import io.entwine.server.http.NodeHttpServer;
import io.entwine.server.mail.SmtpNotifier;
import io.entwine.store.Database;
import io.entwine.transport.PeerClient;
import io.entwine.transport.RetryPolicy;
import io.entwine.transport.Sleeper;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

/** A node with its database and HTTP server, built from a {@link NodeConfig}; closing stops all three. */
public final class RunningNode implements AutoCloseable {
    private final NodeConfig config;
    private final Database database;
    private final Node node;
    private final NodeHttpServer http;

    private RunningNode(NodeConfig config, Database database, Node node, NodeHttpServer http) {
        this.config = config;
        this.database = database;
        this.node = node;
        this.http = http;
    }

    /**
     * Opens the database, starts the HTTP server, then the node (so the tracker's webhook can reach it at once); mails
     * admins error digests when the configuration says where to.
     */
    public static RunningNode start(NodeConfig config, Clock clock) {
        Database database = Database.open(config.database());
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            PeerClient peers = new PeerClient(http, clock, Sleeper.SYSTEM, RetryPolicy.DEFAULT);
            Node node = new Node(config.identity(), config.settings(), database, Connectors.create(config.trackerKind()),
                    config.connectorConfig(clock), peers, clock);
            NotifyConfig notify = config.notifications();
            if (notify != null) node.notifyAdmins(new SmtpNotifier(notify.smtp()), notify.policy());
            NodeHttpServer server = new NodeHttpServer(node, config.host(), config.port()).start();
            try {
                node.start();
            } catch (RuntimeException e) {
                server.close();
                node.close();
                throw e;
            }
            return new RunningNode(config, database, node, server);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Node node() { return node; }
    public NodeConfig config() { return config; }
    public String url() { return config.publicUrl(); }
    public int port() { return http.port(); }

    @Override
    public void close() {
        http.close();
        node.close();
        database.close();
    }
}
