package io.entwine.api.connector;

import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;

import java.io.InputStream;
import java.util.Optional;

/**
 * One tracker, spoken to through its real public REST API.
 *
 * <p><b>Lifecycle.</b> {@link #start} once, then any number of calls from any number of threads, then
 * {@link #stop} (idempotent, may come from another thread while calls are in flight; those calls may
 * fail with a {@code RetriableSyncException}).
 *
 * <p><b>Blocking and failure.</b> Every call may block on HTTP. Rate limits are handled inside the
 * connector (wait for Retry-After and retry a bounded number of times); when the wait would be too long
 * it throws {@code RateLimitedException} so the engine reschedules instead of holding a worker. Errors
 * are the types of {@code io.entwine.api.errors} only; messages name the tracker call that failed.
 *
 * <p><b>Shapes.</b> Entities are {@link HubIssue}s; text (description, comment bodies) is Markdown, and
 * connectors convert from and to the tracker's own format (ADF for Jira Cloud v3). Keys are the tracker's
 * human keys ({@code DEMO-12} for Jira, the issue number {@code 12} for a GitHub repository).
 */
public interface TrackerConnector {

    /** The connector kind, e.g. {@code jira-cloud} or {@code github}. */
    String kind();

    /**
     * Validates the settings and checks them against the tracker (for example by reading the integration
     * user). Throws {@code ConfigException} naming the wrong setting, or {@code RetriableSyncException}
     * when the tracker is unreachable.
     */
    void start(ConnectorConfig config);

    /** Releases resources. Idempotent; no call is made afterwards. */
    void stop();

    /** Tracker facts, available after {@link #start}. */
    TrackerInfo trackerInfo();

    /** The browse URL of an entity (no HTTP call). */
    String browseUrl(String key);

    /**
     * Reads one entity with all fields the connector maps and all its comments.
     * Throws {@code EntityNotFoundException} when it does not exist.
     */
    HubIssue read(String key);

    /**
     * One page of a polling sweep over the connector's scope (its project or repository), oldest change
     * first. A null cursor starts at the beginning of time (initial sync). The returned cursor already
     * includes the overlap window the tracker's timestamp precision needs.
     */
    ChangePage changesSince(String cursor, int pageSize);

    /** Keys of entities matching a native query (Jira JQL subset, GitHub search qualifiers), paged. */
    QueryPage query(String nativeQuery, String pageToken, int pageSize);

    /**
     * Creates an entity from the fields set on {@code draft} (project, type, summary, description,
     * priority, labels, assignee(s), custom fields; status is reached afterwards with {@link #transition}).
     * Comments on the draft are ignored: the engine adds them one by one to record traces.
     */
    EntityRef create(HubIssue draft);

    /** Writes the given fields of an existing entity; returns the entity's reference after the write. */
    EntityRef update(String key, FieldChanges changes);

    /** Adds a comment (body in Markdown); returns it as stored, with its new id and timestamps. */
    HubComment addComment(String key, HubComment comment);

    /** Replaces the body of a comment; returns it as stored. */
    HubComment editComment(String key, String commentId, String body);

    /** Deletes a comment; deleting one that is already gone is not an error. */
    void deleteComment(String key, String commentId);

    /**
     * Moves the entity to the named status by the shortest workflow path. Throws {@code EntityException}
     * when no path reaches it.
     */
    void transition(String key, String statusName);

    /** The user with this e-mail address, when the tracker lets us see it. */
    Optional<HubUser> userByEmail(String email);

    /** The status of this name (case-insensitive), when it exists. */
    Optional<HubStatus> status(String name);

    /** The priority of this name (case-insensitive), when it exists. */
    Optional<HubPriority> priority(String name);

    /** The issue type of this name in the project (null project: any), when it exists. */
    Optional<HubIssueType> issueType(String name, String projectKey);

    /**
     * The entity as this tracker will report it after the sync wrote {@code written}: text passed through
     * the tracker's own format (Markdown to ADF and back for Jira Cloud) and the tracker's known side
     * effects of the write applied (GitHub sets {@code state_reason} when an issue is closed). The engine
     * computes the echo-suppression baseline from this, never from a later re-read, so a human edit made
     * at the same moment still travels. Must not call the tracker. Default: unchanged.
     */
    default HubIssue normalizeWritten(HubIssue written) {
        return written;
    }

    /**
     * Makes sure the tracker delivers change webhooks for this connector's scope to {@code callbackUrl},
     * signed with the configured webhook secret: registers a hook unless one with that URL exists.
     * Returns false when the tracker or the credentials cannot register hooks (the engine then relies on
     * polling alone, and says so). Called once at node start.
     */
    default boolean ensureWebhook(String callbackUrl) {
        return false;
    }

    /**
     * One authenticated request to the tracker's REST API on behalf of a rule ({@code httpClient.get(...)}):
     * {@code path} is relative to the tracker's base URL (query included, already encoded), {@code jsonBody} is the
     * JSON text to send or null. The connector adds its credentials and waits out rate limits as for its own calls,
     * and never sends the credentials to another host.
     *
     * <p>Blocking; called on a rule's thread. A 2xx answer and a 404 come back as a response (404: nothing there);
     * other refusals are the usual errors ({@code EntityException} for 4xx, {@code ConfigException} for rejected
     * credentials, {@code RetriableSyncException}/{@code RateLimitedException} for transient trouble). The default
     * refuses: a connector without a JSON REST API offers rules no raw access.
     *
     * @throws UnsupportedOperationException when the connector offers no raw access
     */
    default TrackerHttpResponse rawRequest(String method, String path, String jsonBody) {
        throw new UnsupportedOperationException("the " + kind() + " connector offers rules no raw access to its tracker (httpClient)");
    }

    /**
     * Verifies a webhook delivery's signature against the configured secret and says what changed.
     * Throws {@code WebhookRejectedException} (401 for a bad or missing signature, 400 for a malformed body).
     */
    WebhookEvent parseWebhook(WebhookRequest request);

    /**
     * Opens the content of one attachment of the entity {@code key} as a stream read straight from the tracker
     * (following the tracker's download redirect), never buffered whole in memory. The caller closes the stream.
     * Blocking; throws {@code EntityNotFoundException} when the attachment is gone. The default refuses: a tracker
     * without attachments (GitHub issues) offers no content.
     *
     * @throws UnsupportedOperationException when the tracker has no attachments
     */
    default InputStream openAttachment(String key, String attachmentId) {
        throw new UnsupportedOperationException("the " + kind() + " connector has no attachments to read");
    }

    /**
     * Uploads {@code size} bytes read from {@code content} as a new attachment of the entity {@code key}, streaming
     * them to the tracker (never whole in memory); returns the attachment as stored, with its new id. Does not close
     * {@code content}. Blocking; {@code EntityException} when the tracker refuses the file (too large, attachments
     * disabled). The default refuses: GitHub has no upload API for issue attachments.
     *
     * @throws UnsupportedOperationException when the tracker takes no attachment uploads
     */
    default HubAttachment addAttachment(String key, String fileName, String mimeType, long size, InputStream content) {
        throw new UnsupportedOperationException("the " + kind() + " connector cannot upload attachments");
    }

    /** Deletes an attachment; deleting one that is already gone is not an error. The default refuses, as above. */
    default void deleteAttachment(String key, String attachmentId) {
        throw new UnsupportedOperationException("the " + kind() + " connector cannot delete attachments");
    }

    /** Whether {@link #addAttachment} works on this tracker (the engine skips uploads otherwise). Default false. */
    default boolean supportsAttachments() {
        return false;
    }

    /**
     * Logs work on the entity: {@code workLogs} (no ids yet) in order, returned as the tracker stored them (ids,
     * authors, timestamps), in the same order. Blocking; one tracker write for the whole list where the tracker
     * allows it. The default refuses: the tracker (or this connector) has no work logs.
     *
     * @throws io.entwine.api.errors.EntityException when the connector cannot write work logs
     */
    default java.util.List<io.entwine.api.replica.HubWorkLog> addWorkLogs(String key, java.util.List<io.entwine.api.replica.HubWorkLog> workLogs) {
        throw new io.entwine.api.errors.EntityException("the " + kind() + " connector cannot log work (" + workLogs.size()
                + " work log(s) for " + key + ")");
    }

    /**
     * Changes a work log's time, start and comment; returns it as stored. The default refuses.
     *
     * @throws io.entwine.api.errors.EntityException when the connector cannot edit work logs
     */
    default io.entwine.api.replica.HubWorkLog editWorkLog(String key, io.entwine.api.replica.HubWorkLog workLog) {
        throw new io.entwine.api.errors.EntityException("the " + kind() + " connector cannot edit work log " + workLog.getId() + " of " + key);
    }

    /**
     * Deletes a work log. The default refuses.
     *
     * @throws io.entwine.api.errors.EntityException when the connector cannot delete work logs
     */
    default void deleteWorkLog(String key, String workLogId) {
        throw new io.entwine.api.errors.EntityException("the " + kind() + " connector cannot delete work log " + workLogId + " of " + key);
    }

    /**
     * Deletes an entity for good (a remote deletion applied with the "delete" policy). Deleting one that is
     * already gone is not an error. Blocking. The default refuses: a tracker whose public API cannot delete
     * (GitHub's REST API) says so, and the engine falls back to closing the entity with a note.
     *
     * @throws UnsupportedOperationException when the tracker's API offers no deletion
     */
    default void delete(String key) {
        throw new UnsupportedOperationException("the " + kind() + " connector cannot delete entities through its tracker's API");
    }

    /**
     * Creates an entity like {@link #create(HubIssue)} and, in the same tracker call, marks it with {@code origin}
     * (an opaque key naming what the sync created it for: connection and peer entity) so {@link #findCreated} can
     * find it again when the create's answer was lost or the node crashed before recording the key. Connectors that
     * can mark atomically with the create override both; a create whose outcome is unknown (timeout, 5xx) must look
     * the marker up before sending the create again, never resend it blindly. Default: an unmarked create.
     */
    default EntityRef create(HubIssue draft, String origin) {
        return create(draft);
    }

    /**
     * The entity this integration created with {@code origin} (see {@link #create(HubIssue, String)}), when the
     * tracker holds one; searches only recent creations of the integration user. Blocking; default: none.
     */
    default Optional<EntityRef> findCreated(String origin) {
        return Optional.empty();
    }

    /**
     * Adds a comment like {@link #addComment(String, HubComment)}, marked with {@code origin} in the same call (see
     * {@link #create(HubIssue, String)}). The returned comment and every later read carry the body without the marker.
     */
    default HubComment addComment(String key, HubComment comment, String origin) {
        return addComment(key, comment);
    }

    /** The comment on {@code key} this integration added with {@code origin}, when there is one. Default: none. */
    default Optional<HubComment> findComment(String key, String origin) {
        return Optional.empty();
    }
}
