package io.entwine.core.actions;

import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.replica.HubIssue;
import io.entwine.core.incoming.CreationGuard;
import io.entwine.model.diff.EntityChanges;
import io.entwine.model.diff.EntityDiff;
import io.entwine.script.EntityStore;
import io.entwine.store.Database;

import java.util.List;

/**
 * {@code store(issue)} of an incoming run on the received replica: writes to the local tracker at once. The first
 * call of a first sync creates the entity and records the twin's local key in the same step as an engine creation
 * (so a retried event updates instead of creating again); later calls write the fields changed since the last
 * call. {@link #written()} is the entity as written, from which the engine writes only what the script changed
 * afterwards and computes the echo baseline. One per run; used on the rule's thread; blocking.
 */
public final class TrackerEntityStore implements EntityStore {
    private final Database database;
    private final TrackerConnector connector;
    private final CreationGuard creations;
    private final long twinId;
    private String key;
    private HubIssue written;
    private boolean storedOnce;

    /**
     * @param localKey the twin's local key, null on first sync
     * @param local    the local entity as read before the run (a blank one on first sync)
     */
    public TrackerEntityStore(Database database, TrackerConnector connector, CreationGuard creations, long twinId,
                              String localKey, HubIssue local) {
        this.database = database;
        this.connector = connector;
        this.creations = creations;
        this.twinId = twinId;
        this.key = localKey;
        this.written = local;
    }

    @Override
    public EntityRef store(HubIssue issue) {
        storedOnce = true;
        if (key == null) return create(issue);
        EntityChanges changes = EntityDiff.between(written, issue);
        EntityRef ref = changes.fields().isEmpty() ? null : connector.update(key, changes.fields());
        if (changes.targetStatus() != null) connector.transition(key, changes.targetStatus());
        HubIssue now = issue.copy();
        now.setComments(written.getComments());
        now.setKey(key);
        written = now;
        String url = written.getUrl() != null ? written.getUrl() : connector.browseUrl(key);
        return new EntityRef(key, written.getId(), url, ref == null ? null : ref.updated());
    }

    private EntityRef create(HubIssue issue) {
        EntityRef created = creations.creating(() -> {
            EntityRef ref = connector.create(issue);
            database.useTransaction(tx -> tx.twins().setLocalKey(twinId, ref.key()));
            return ref;
        });
        key = created.key();
        HubIssue now = issue.copy();
        now.setKey(created.key());
        now.setId(created.id());
        now.setUrl(created.url() != null ? created.url() : connector.browseUrl(created.key()));
        // what the tracker holds right after a create: no comments, its initial status
        now.setComments(List.of());
        now.setStatus(connector.normalizeWritten(new HubIssue()).getStatus());
        var integrationUser = connector.trackerInfo().integrationUser();
        if (now.getReporter() == null) now.setReporter(integrationUser);
        if (now.getCreator() == null) now.setCreator(integrationUser);
        written = now;
        return new EntityRef(created.key(), created.id(), now.getUrl(), created.updated());
    }

    /** True once the run stored the entity. */
    public boolean stored() {
        return storedOnce && key != null;
    }

    /** The entity as the tracker holds it after the last {@code store}. */
    public HubIssue written() {
        return written;
    }
}
