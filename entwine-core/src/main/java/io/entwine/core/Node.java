package io.entwine.core;

import io.entwine.core.conflict.ConflictAdmin;
import io.entwine.core.reconcile.ReconcileReport;
import io.entwine.core.reconcile.ReconcileSchedule;
import io.entwine.core.reconcile.Reconciler;
import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.TrackerInfo;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.core.attachments.AttachmentServing;
import io.entwine.core.attachments.AttachmentSettings;
import io.entwine.core.attachments.AttachmentSpool;
import io.entwine.core.attachments.AttachmentTransfer;
import io.entwine.core.attachments.PeerAttachmentFetcher;
import io.entwine.core.bulk.BulkJobs;
import io.entwine.core.connection.ConnectionService;
import io.entwine.core.control.ConnectionPause;
import io.entwine.core.control.ErrorActions;
import io.entwine.core.control.SyncControl;
import io.entwine.core.control.SyncFingerprint;
import io.entwine.core.detect.ChangeIntake;
import io.entwine.core.detect.PollingSweep;
import io.entwine.core.detect.WebhookIntake;
import io.entwine.core.incoming.AckHandler;
import io.entwine.core.incoming.ApplyHandler;
import io.entwine.core.incoming.CreationGuard;
import io.entwine.core.incoming.InboxResult;
import io.entwine.core.incoming.PeerInbox;
import io.entwine.core.incoming.PeerReceiver;
import io.entwine.core.lifecycle.LifecycleSender;
import io.entwine.core.lifecycle.RemoteDeleteHandler;
import io.entwine.core.lifecycle.TwinLifecycle;
import io.entwine.core.notify.DigestSchedule;
import io.entwine.core.notify.ErrorDigester;
import io.entwine.core.notify.Notifier;
import io.entwine.core.notify.NotifySettings;
import io.entwine.core.outgoing.LocalChangeHandler;
import io.entwine.core.outgoing.MessageSender;
import io.entwine.core.queue.ErrorClassifier;
import io.entwine.core.queue.EventHandler;
import io.entwine.core.queue.FailureRecorder;
import io.entwine.core.queue.RetryPolicy;
import io.entwine.core.queue.SyncWorkers;
import io.entwine.core.queue.WorkSignal;
import io.entwine.core.rules.RuleBook;
import io.entwine.core.trigger.MatchingSync;
import io.entwine.core.trigger.QueryRunner;
import io.entwine.core.trigger.SyncScope;
import io.entwine.core.trigger.TriggerDebouncer;
import io.entwine.core.trigger.TriggerSweep;
import io.entwine.script.RuleEngine;
import io.entwine.script.RuleEngineSettings;
import io.entwine.store.Database;
import io.entwine.store.queue.EventKind;
import io.entwine.transport.InboundVerifier;
import io.entwine.transport.PeerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One node: the composition root that wires its services by hand (STYLE.md rule 14) and owns their
 * lifecycle. The HTTP layer ({@code entwine-server}) calls {@link #receivePeerMessage} and
 * {@link #receiveWebhook}; admins use {@link #connections()}, {@link #database()} and
 * {@link #activate()}.
 */
public final class Node implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Node.class);

    private final NodeIdentity identity;
    private final NodeSettings settings;
    private final Database database;
    private final TrackerConnector connector;
    private final ConnectorConfig connectorConfig;
    private final Clock clock;
    private final RuleEngine engine;
    private final RuleBook rules;
    private final ConnectionService connections;
    private final SyncWorkers workers;
    private final SyncControl syncControl;
    private final ErrorActions errorActions;
    private final ConnectionPause connectionPause;
    private final WebhookIntake webhooks;
    private final PollingSweep sweep;
    private final PeerReceiver peerReceiver;
    private final AttachmentServing attachmentServing;
    private final ScheduledExecutorService poller;
    private final TwinLifecycle lifecycle;
    private final TriggerSweep triggerSweep;
    private final TriggerDebouncer triggerDebouncer;
    private final BulkJobs bulkJobs;
    private volatile TrackerInfo trackerInfo;
    private volatile boolean webhookRegistered;
    private volatile DigestSchedule digests;
    private final Reconciler reconciler;
    private final ConflictAdmin conflicts;
    private volatile ReconcileSchedule reconciliation;

    /** How long a bulk job waits for its items to reach the peer before it reports the stragglers. */
    private static final java.time.Duration BULK_SETTLE_TIMEOUT = java.time.Duration.ofHours(1);
    /** Trigger searches run at most this often on change detection (GitHub allows 30 searches a minute). */
    private static final java.time.Duration TRIGGER_SWEEP_DELAY = java.time.Duration.ofSeconds(2);
    private static final java.time.Duration TRIGGER_SWEEP_RETRY = java.time.Duration.ofSeconds(15);

    public Node(NodeIdentity identity, NodeSettings settings, Database database, TrackerConnector connector,
                ConnectorConfig connectorConfig, PeerClient peers, Clock clock) {
        this(identity, settings, database, connector, connectorConfig, peers, clock, AttachmentSettings.temporary());
    }

    /** With where attachment content is spooled and the largest attachment transferred (see {@code io.entwine.core.attachments}). */
    public Node(NodeIdentity identity, NodeSettings settings, Database database, TrackerConnector connector,
                ConnectorConfig connectorConfig, PeerClient peers, Clock clock, AttachmentSettings attachmentSettings) {
        this.identity = identity;
        this.settings = settings;
        this.database = database;
        this.connector = connector;
        this.connectorConfig = connectorConfig;
        this.clock = clock;
        this.engine = new RuleEngine(RuleEngineSettings.defaults());
        this.rules = new RuleBook(database, engine, clock, settings.ruleRefresh());
        this.connections = new ConnectionService(database, peers, identity, rules, clock);

        TwinContext context = new TwinContext(database, connector, identity);
        CreationGuard creations = new CreationGuard();
        FailureRecorder failures = new FailureRecorder(database, new ErrorClassifier(clock, RetryPolicy.defaults()), clock,
                this::haltSync);
        Map<EventKind, EventHandler> handlers = new EnumMap<>(EventKind.class);
        WorkSignal signal = new WorkSignal();
        Runnable wake = signal::wake;
        MessageSender sender = new MessageSender(peers, context, clock);
        AttachmentSpool spool = new AttachmentSpool(connector, attachmentSettings);
        AttachmentTransfer transfer = new AttachmentTransfer(connector, spool, new PeerAttachmentFetcher(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build(), clock),
                database, clock);
        this.attachmentServing = new AttachmentServing(new InboundVerifier(clock, settings.replayWindow()), database, spool);
        handlers.put(EventKind.LOCAL_CHANGE, new LocalChangeHandler(database, connector, engine, rules, context, clock, wake, spool));
        handlers.put(EventKind.SEND, sender);
        handlers.put(EventKind.ACK_SEND, sender);
        handlers.put(EventKind.APPLY, new ApplyHandler(database, connector, engine, rules, context, creations,
                connectorConfig.settings().get("project"), clock, wake, transfer));
        handlers.put(EventKind.ACK_APPLY, new AckHandler(database, context));
        handlers.put(EventKind.LIFECYCLE_SEND, new LifecycleSender(sender));
        handlers.put(EventKind.REMOTE_DELETE, new RemoteDeleteHandler(database, connector, context));
        this.workers = new SyncWorkers(database, handlers, failures, signal, clock, settings.workers(),
                identity.name() + "-" + ProcessHandle.current().pid(), settings.lease(), settings.idlePoll());
        this.syncControl = new SyncControl(database, workers, this::fingerprint, clock);
        this.errorActions = new ErrorActions(database, clock, wake);
        this.connectionPause = new ConnectionPause(database, wake);

        QueryRunner queries = new QueryRunner(connector);
        MatchingSync matching = new MatchingSync(database, creations, clock, wake);
        this.lifecycle = new TwinLifecycle(database, connector, clock, wake);
        this.triggerSweep = new TriggerSweep(database, queries, matching);
        this.bulkJobs = new BulkJobs(database, queries, matching, lifecycle, clock, settings.idlePoll(), BULK_SETTLE_TIMEOUT);
        this.triggerDebouncer = new TriggerDebouncer(triggerSweep, TRIGGER_SWEEP_DELAY, TRIGGER_SWEEP_RETRY);
        ChangeIntake intake = new ChangeIntake(database, creations, clock, wake, new SyncScope(database, triggerDebouncer::request));
        this.webhooks = new WebhookIntake(connector, intake);
        this.sweep = new PollingSweep(connector, intake, database, clock, settings.pageSize());
        this.reconciler = new Reconciler(database, connector, engine, rules, context, intake, clock, wake, settings.pageSize());
        this.conflicts = new ConflictAdmin(database, connector, engine, rules, context, clock, wake);
        this.peerReceiver = new PeerReceiver(new InboundVerifier(clock, settings.replayWindow()), database, context,
                new PeerInbox(database, connections, clock, wake));
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "polling-sweep");
            t.setDaemon(true);
            return t;
        });
        connections.onConnectionActive(() -> poller.execute(this::pollQuietly));
    }

    /**
     * Has admins told about errors through {@code notifier}: new and persisting errors in periodic digests, as
     * {@code settings} say (see {@link ErrorDigester}). Call before {@link #start()}; a node without it notifies nobody.
     */
    public void notifyAdmins(Notifier notifier, NotifySettings settings) {
        ErrorDigester digester = new ErrorDigester(database, notifier, settings, identity.name(), identity.publicUrl(), clock);
        this.digests = new DigestSchedule(digester, settings.digestInterval());
    }

    /**
     * Starts the connector, registers the tracker webhook, starts polling, the sync workers (if configured) and the
     * error digests (if {@link #notifyAdmins set up}).
     */
    public void start() {
        connector.start(connectorConfig);
        trackerInfo = connector.trackerInfo();
        String callback = identity.publicUrl() + "/webhooks/" + connector.kind();
        try {
            webhookRegistered = connector.ensureWebhook(callback);
        } catch (RuntimeException e) {
            log.warn("could not register the tracker webhook at {}: {}; relying on polling", callback, e.getMessage());
        }
        if (!webhookRegistered) log.info("no tracker webhook registered; changes are detected by polling every {}", settings.pollInterval());
        bulkJobs.start();
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        syncControl.startWithNode(settings.startWorkers());
        if (digests != null) digests.start();
        if (reconciliation != null) reconciliation.start();
        log.info("node '{}' started at {} for {} {}", identity.name(), identity.publicUrl(), connector.kind(), trackerInfo.baseUrl());
    }

    private void pollQuietly() {
        try {
            sweep.sweep();
            triggerSweep.sweep();
        } catch (Throwable t) {
            log.warn("polling sweep failed; will try again in {}: {}", settings.pollInterval(), t.getMessage());
        }
    }

    /** Runs a polling sweep now (tests, admin "sync now"); returns the number of changes queued. */
    public int pollNow() {
        return sweep.sweep();
    }

    /** Sweeps every twin for drift and missed deletions every {@code interval} (zero: off). Call before {@link #start()}. */
    public void reconcileEvery(java.time.Duration interval) {
        this.reconciliation = new ReconcileSchedule(reconciler, interval);
    }

    /** Runs a reconciliation sweep now (admin "reconcile", tests); blocks for one read per twin. */
    public ReconcileReport reconcileNow() {
        return reconciler.sweep();
    }

    /**
     * Starts the sync workers of a node that started inactive, recording its fingerprint at the first activation.
     *
     * @throws io.entwine.core.control.FingerprintChangedException when the fingerprint changed; see {@link SyncControl#activate}
     */
    public void activate() {
        syncControl.activate(false);
    }

    public boolean isActive() {
        return syncControl.isActive();
    }

    /** A node-level error stops the sync (see {@link SyncControl#halt}). */
    private void haltSync(long errorId, String message) {
        syncControl.halt(errorId, message);
    }

    /** This node's fingerprint now: its name, database id, and the tracker it serves (known once started). */
    private SyncFingerprint fingerprint() {
        TrackerInfo info = trackerInfo;
        if (info == null) throw new IllegalStateException("the node has not started: its tracker is not known yet");
        return new SyncFingerprint(identity.name(), database.databaseId(), info.baseUrl(), info.instanceId());
    }

    public InboxResult receivePeerMessage(Map<String, String> headers, byte[] body) {
        return peerReceiver.receive(headers, body);
    }

    /**
     * The spooled content a peer asks for with a signed {@code GET /peer/v1/attachments/{sha256}}; throws
     * {@code MessageRejectedException} (status and reason) for a bad signature or unknown content.
     */
    public java.nio.file.Path peerAttachment(Map<String, String> headers, String sha256) {
        return attachmentServing.open(headers, sha256);
    }

    public int receiveWebhook(WebhookRequest request) {
        return webhooks.receive(request);
    }

    public NodeIdentity identity() { return identity; }
    public Database database() { return database; }
    public ConnectionService connections() { return connections; }
    public RuleBook rules() { return rules; }
    public RuleEngine ruleEngine() { return engine; }
    public TrackerConnector connector() { return connector; }
    public TrackerInfo trackerInfo() { return trackerInfo; }
    public boolean webhookRegistered() { return webhookRegistered; }
    public SyncWorkers workers() { return workers; }
    public SyncControl syncControl() { return syncControl; }
    public ErrorActions errorActions() { return errorActions; }
    public ConnectionPause connectionPause() { return connectionPause; }
    public Clock clock() { return clock; }
    /** Unsync, re-sync and connect of single twins. */
    public TwinLifecycle lifecycle() { return lifecycle; }
    /** Bulk sync, connect and unsync jobs. */
    public BulkJobs bulkJobs() { return bulkJobs; }
    /** Runs every connection's triggers now; returns how many entities they brought under sync. */
    public int sweepTriggers() { return triggerSweep.sweep().brought(); }
    public ConflictAdmin conflicts() { return conflicts; }

    @Override
    public void close() {
        if (digests != null) digests.close();
        if (reconciliation != null) reconciliation.close();
        poller.shutdownNow();
        bulkJobs.close();
        triggerDebouncer.close();
        workers.close();
        connector.stop();
        engine.close();
        log.info("node '{}' stopped", identity.name());
    }
}
