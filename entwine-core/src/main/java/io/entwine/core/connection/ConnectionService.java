package io.entwine.core.connection;

import io.entwine.api.errors.ConfigException;
import io.entwine.core.NodeIdentity;
import io.entwine.core.detect.PollingSweep;
import io.entwine.core.protocol.HandshakeMessage;
import io.entwine.core.protocol.MessageCodec;
import io.entwine.core.protocol.MessageTypes;
import io.entwine.core.rules.RuleBook;
import io.entwine.script.DefaultRules;
import io.entwine.store.Database;
import io.entwine.store.connection.Connection;
import io.entwine.store.connection.ConnectionRole;
import io.entwine.store.connection.ConnectionStatus;
import io.entwine.store.rule.Direction;
import io.entwine.transport.Envelope;
import io.entwine.transport.errors.MessageRejectedException;
import io.entwine.transport.PeerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates connections by invitation and answers the handshake. New connections start with this node's
 * default rules for its connector (version 1 of each direction); admins publish new versions later.
 */
public final class ConnectionService {
    private static final Logger log = LoggerFactory.getLogger(ConnectionService.class);
    private static final Duration INVITATION_VALIDITY = Duration.ofDays(1);

    private final Database database;
    private final PeerClient peers;
    private final NodeIdentity identity;
    private final RuleBook rules;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile Runnable onActive = () -> { };

    public ConnectionService(Database database, PeerClient peers, NodeIdentity identity, RuleBook rules, Clock clock) {
        this.database = database;
        this.peers = peers;
        this.identity = identity;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Called after a connection became active. The node uses it to sweep the tracker from the beginning,
     * so entities that existed before the connection come under sync too.
     */
    public void onConnectionActive(Runnable action) {
        this.onActive = action;
    }

    /** Creates a connection waiting for its peer and returns the invitation code to hand to the other node's admin. */
    public InvitationCode invite(String name) {
        requireName(name);
        byte[] secret = randomBytes(32);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24));
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        database.useTransaction(tx -> {
            if (tx.connections().findByName(name).isPresent()) {
                throw new ConfigException("a connection named '" + name + "' already exists on this node");
            }
            tx.connections().insert(new Connection(id, name, null, null, secret, ConnectionRole.INVITER,
                    ConnectionStatus.INVITED, ConnectionSettings.defaults().toJson(), now, now));
            tx.connections().insertInvitation(sha256(token), id, now.plus(INVITATION_VALIDITY));
            publishDefaults(tx, id, now);
        });
        log.info("connection '{}' ({}) created; waiting for the peer to accept the invitation", name, id);
        return new InvitationCode(id, name, identity.name(), identity.publicUrl(), secret, token);
    }

    /**
     * Accepts an invitation: stores the connection, then proves to the inviting node that we hold the
     * secret. Accepting the same code again after a failed handshake retries the handshake.
     */
    public Connection accept(String code) {
        InvitationCode invitation = InvitationCode.decode(code);
        Instant now = clock.instant();
        Connection connection = database.inTransaction(tx -> {
            Optional<Connection> existing = tx.connections().find(invitation.connectionId());
            if (existing.isPresent()) {
                if (existing.get().status() != ConnectionStatus.INVITED) {
                    throw new ConfigException("connection '" + existing.get().name() + "' is already set up on this node");
                }
                return existing.get();
            }
            if (tx.connections().findByName(invitation.connectionName()).isPresent()) {
                throw new ConfigException("a different connection named '" + invitation.connectionName() + "' already exists on this node");
            }
            Connection created = new Connection(invitation.connectionId(), invitation.connectionName(), invitation.inviterName(),
                    invitation.inviterUrl(), invitation.secret(), ConnectionRole.ACCEPTOR, ConnectionStatus.INVITED,
                    ConnectionSettings.defaults().toJson(), now, now);
            tx.connections().insert(created);
            publishDefaults(tx, created.id(), now);
            return created;
        });
        HandshakeMessage hello = new HandshakeMessage(invitation.token(), identity.name(), identity.publicUrl());
        peers.send(invitation.inviterUrl(), Envelope.create(connection.id(), MessageTypes.HANDSHAKE,
                MessageCodec.bytes(hello), clock), invitation.secret());
        database.useTransaction(tx -> {
            tx.connections().updateStatus(connection.id(), ConnectionStatus.ACTIVE);
            tx.cursors().put(PollingSweep.cursorName(identity.connectorKind()), "", now);
        });
        onActive.run();
        log.info("connection '{}' accepted; peer {} at {}", connection.name(), invitation.inviterName(), invitation.inviterUrl());
        return database.inTransaction(tx -> tx.connections().find(connection.id())).orElseThrow();
    }

    /** The inviting side of the handshake: consumes the invitation and records where the peer is. */
    public void handshake(Connection connection, HandshakeMessage hello) {
        if (connection.role() != ConnectionRole.INVITER) {
            throw new MessageRejectedException(409, "connection " + connection.id() + " was not created by an invitation of this node");
        }
        Instant now = clock.instant();
        database.useTransaction(tx -> {
            if (connection.status() != ConnectionStatus.INVITED) {
                if (hello.nodeUrl().equals(connection.peerUrl())) return; // a retried handshake
                throw new MessageRejectedException(409, "connection " + connection.id() + " is already accepted by another node");
            }
            Optional<String> consumed = tx.connections().consumeInvitation(sha256(hello.invitationToken()), now);
            if (consumed.isEmpty() || !consumed.get().equals(connection.id())) {
                throw new MessageRejectedException(403, "invitation for connection " + connection.id() + " is unknown, used or expired");
            }
            tx.connections().updatePeer(connection.id(), hello.nodeName(), hello.nodeUrl());
            tx.connections().updateStatus(connection.id(), ConnectionStatus.ACTIVE);
            tx.cursors().put(PollingSweep.cursorName(identity.connectorKind()), "", now);
        });
        onActive.run();
        log.info("connection '{}' is active; peer {} at {}", connection.name(), hello.nodeName(), hello.nodeUrl());
    }

    public List<Connection> list() {
        return database.inTransaction(tx -> tx.connections().list());
    }

    public Optional<Connection> find(String idOrName) {
        return database.inTransaction(tx -> tx.connections().find(idOrName).or(() -> tx.connections().findByName(idOrName)));
    }

    private void publishDefaults(io.entwine.store.StoreTx tx, String connectionId, Instant now) {
        tx.rules().publish(connectionId, Direction.OUTGOING, DefaultRules.outgoing(identity.connectorKind()), now);
        tx.rules().publish(connectionId, Direction.INCOMING, DefaultRules.incoming(identity.connectorKind()), now);
        rules.invalidate(connectionId);
    }

    private static void requireName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}")) {
            throw new ConfigException("connection name must be 1-64 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit");
        }
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
