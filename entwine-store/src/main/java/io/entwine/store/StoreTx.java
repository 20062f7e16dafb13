package io.entwine.store;

import io.entwine.store.action.ActionStore;
import io.entwine.store.conflict.ConflictStore;
import io.entwine.store.admintoken.AdminTokenStore;
import io.entwine.store.bulk.BulkJobStore;
import io.entwine.store.connection.ConnectionStore;
import io.entwine.store.crypto.SecretCipher;
import io.entwine.store.cursor.CursorStore;
import io.entwine.store.dialect.Dialect;
import io.entwine.store.errorlog.ErrorStore;
import io.entwine.store.message.MessageStore;
import io.entwine.store.notification.NotificationStore;
import io.entwine.store.queue.QueueStore;
import io.entwine.store.rule.RuleStore;
import io.entwine.store.setting.SettingStore;
import io.entwine.store.trace.TraceStore;
import io.entwine.store.twin.TwinStore;
import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * The stores bound to one open transaction, handed to the work of {@link Database#inTransaction}. Valid only while
 * that work runs and only on its thread; do not keep it or the stores it returns.
 */
public final class StoreTx {
    private final ConnectionStore connections;
    private final RuleStore rules;
    private final TwinStore twins;
    private final TraceStore traces;
    private final QueueStore queue;
    private final MessageStore messages;
    private final CursorStore cursors;
    private final ErrorStore errors;
    private final SettingStore settings;
    private final AdminTokenStore adminTokens;
    private final NotificationStore notifications;
    private final ActionStore actions;
    private final BulkJobStore bulkJobs;
    private final ConflictStore conflicts;

    StoreTx(Handle handle, Dialect dialect, Clock clock, SecretCipher cipher) {
        this.connections = new ConnectionStore(handle, clock, cipher);
        this.adminTokens = new AdminTokenStore(handle);
        this.rules = new RuleStore(handle);
        this.twins = new TwinStore(handle, clock);
        this.traces = new TraceStore(handle);
        this.queue = new QueueStore(handle, dialect, clock);
        this.messages = new MessageStore(handle);
        this.cursors = new CursorStore(handle);
        this.errors = new ErrorStore(handle);
        this.settings = new SettingStore(handle, clock);
        this.notifications = new NotificationStore(handle);
        this.actions = new ActionStore(handle);
        this.bulkJobs = new BulkJobStore(handle, clock);
        this.conflicts = new ConflictStore(handle);
    }

    public ConnectionStore connections() {
        return connections;
    }

    public RuleStore rules() {
        return rules;
    }

    public TwinStore twins() {
        return twins;
    }

    public TraceStore traces() {
        return traces;
    }

    public QueueStore queue() {
        return queue;
    }

    public MessageStore messages() {
        return messages;
    }

    public CursorStore cursors() {
        return cursors;
    }

    public ErrorStore errors() {
        return errors;
    }

    public SettingStore settings() {
        return settings;
    }

    public AdminTokenStore adminTokens() {
        return adminTokens;
    }

    public NotificationStore notifications() {
        return notifications;
    }

    public ActionStore actions() {
        return actions;
    }

    public BulkJobStore bulkJobs() {
        return bulkJobs;
    }

    public ConflictStore conflicts() {
        return conflicts;
    }
}
