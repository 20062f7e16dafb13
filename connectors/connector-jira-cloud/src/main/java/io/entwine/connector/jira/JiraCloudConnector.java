package io.entwine.connector.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.api.connector.ChangePage;
import io.entwine.api.connector.ConnectorConfig;
import io.entwine.api.connector.EntityRef;
import io.entwine.api.connector.FieldChanges;
import io.entwine.api.connector.QueryPage;
import io.entwine.api.connector.TrackerConnector;
import io.entwine.api.connector.TrackerHttpResponse;
import io.entwine.api.connector.TrackerInfo;
import io.entwine.api.connector.WebhookEvent;
import io.entwine.api.connector.WebhookRequest;
import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.replica.HubAttachment;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubLabel;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.api.replica.HubWorkLog;
import io.entwine.connector.support.RawRequests;
import io.entwine.connector.support.Sleeper;
import io.entwine.connector.support.TrackerHttp;
import io.entwine.connector.support.origin.CreateOnce;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Jira Cloud through its REST API v3 and admin webhooks (kind {@code jira-cloud}). Settings: {@code email},
 * {@code apiToken}, {@code project}, optional {@code webhookSecret}, {@code overlapMinutes} (default 2),
 * {@code issueType} (default Task); see {@link JiraSettings}.
 *
 * <p>Thread-safe: {@link #start} builds an immutable session that every call reads; calls block on HTTP;
 * rate limits are waited out inside calls (or thrown as {@code RateLimitedException} when too long).
 * Users are accountIds; descriptions and comments are Markdown converted from and to ADF.
 */
public final class JiraCloudConnector implements TrackerConnector {
    public static final String KIND = "jira-cloud";

    private final TextCodec text;
    private final Sleeper sleeper;
    private volatile Session session;
    private volatile JiraAttachments attachments;
    private volatile ExtendedFields extended;

    private record Session(JiraSettings settings, JiraApi api, IssueMapping mapping, WriteBodies bodies,
                           JiraDirectory directory, ChangeFeed feed, JiraWebhooks webhooks, TrackerInfo info) {
    }

    /** A connector converting text with {@code AdfMarkdown} and waiting with real sleeps; configure it in {@link #start}. */
    public JiraCloudConnector() {
        this(AdfTextCodec.INSTANCE, Sleeper.SYSTEM);
    }

    /** With the given text converter and the sleeper rate-limit and retry waits go through (tests). */
    JiraCloudConnector(TextCodec text, Sleeper sleeper) {
        this.text = text;
        this.sleeper = sleeper;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public synchronized void start(ConnectorConfig config) {
        if (session != null) throw new IllegalStateException("the Jira Cloud connector is already started");
        JiraSettings settings = JiraSettings.from(config);
        String credentials = "Basic " + Base64.getEncoder().encodeToString(
                (settings.email() + ":" + settings.apiToken()).getBytes(StandardCharsets.UTF_8));
        Supplier<String> authorization = () -> credentials;
        TrackerHttp http = TrackerHttp.builder("Jira Cloud", settings.baseUrl()).authorization(authorization)
                .clock(config.clock()).sleeper(sleeper).build();
        JiraApi api = new JiraApi(http);
        JsonNode myself;
        try {
            myself = api.myself();
        } catch (ConfigException rejected) {
            throw new ConfigException("connector settings 'email' and 'apiToken': " + rejected.getMessage(), rejected);
        }
        JsonNode project;
        try {
            project = api.project(settings.project());
        } catch (EntityNotFoundException e) {
            throw new ConfigException("connector setting 'project': Jira has no project " + settings.project()
                    + " visible to " + settings.email());
        }
        HubUser integrationUser = IssueMapping.user(myself);
        TrackerInfo info = new TrackerInfo(KIND, settings.baseUrl(), instanceId(api, settings), integrationUser);
        IssueMapping mapping = new IssueMapping(text, settings.baseUrl());
        JiraDirectory directory = new JiraDirectory(api);
        directory.initialStatus(); // loads the status list now, so normalizeWritten never calls Jira
        attachments = new JiraAttachments(settings.baseUrl(), authorization, mapping);
        ExtendedFields more = new ExtendedFields(api, text, directory, mapping, integrationUser);
        more.start(project);
        extended = more;
        session = new Session(settings, api, mapping, new WriteBodies(text, directory, more), directory,
                new ChangeFeed(api, settings.project(), settings.overlap(), zoneOf(myself)),
                new JiraWebhooks(api, settings.project(), settings.webhookSecret()), info);
    }

    /** The site's cloud id (Cloud's {@code /_edge/tenant_info}); the base URL where a site does not tell one. */
    private static String instanceId(JiraApi api, JiraSettings settings) {
        try {
            String cloudId = api.tenantInfo().path("cloudId").asText("");
            if (!cloudId.isBlank()) return cloudId;
        } catch (EntityNotFoundException | EntityException notCloud) {
            // not a Cloud site front end (a proxy, an old emulator): fall through
        }
        return settings.baseUrl();
    }

    /** JQL dates are read in the API user's profile time zone, which {@code /myself} reports. */
    private static ZoneId zoneOf(JsonNode myself) {
        try {
            return ZoneId.of(myself.path("timeZone").asText("UTC"));
        } catch (DateTimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }

    @Override
    public void stop() {
        session = null;
        attachments = null;
        extended = null;
    }

    private Session session() {
        Session current = session;
        if (current == null) throw new IllegalStateException("the Jira Cloud connector is not started");
        return current;
    }

    @Override
    public TrackerInfo trackerInfo() {
        return session().info();
    }

    @Override
    public String browseUrl(String key) {
        return session().mapping().browseUrl(key);
    }

    @Override
    public HubIssue read(String key) {
        Session s = session();
        try {
            ExtendedFields more = extended;
            JsonNode issue = s.api().issue(key, more.fieldList(IssueMapping.FIELDS), null);
            JsonNode embedded = issue.path("fields").path("comment");
            List<JsonNode> comments = new ArrayList<>();
            if (embedded.path("comments").size() >= embedded.path("total").asInt(0)) embedded.path("comments").forEach(comments::add);
            else comments = s.api().comments(key);
            HubIssue read = s.mapping().issue(issue, comments);
            more.read(issue.path("fields"), read);
            return read;
        } catch (EntityNotFoundException e) {
            throw notFound(key, s);
        }
    }

    @Override
    public ChangePage changesSince(String cursor, int pageSize) {
        return session().feed().changesSince(cursor, pageSize);
    }

    @Override
    public QueryPage query(String nativeQuery, String pageToken, int pageSize) {
        return session().feed().query(nativeQuery, pageToken, pageSize);
    }

    @Override
    public EntityRef create(HubIssue draft) {
        Session s = session();
        String project = draft.getProjectKey() != null ? draft.getProjectKey() : s.settings().project();
        JsonNode created = s.api().createIssue(s.bodies().create(draft, project, s.settings().issueType()));
        String key = created.path("key").asText();
        return new EntityRef(key, created.path("id").asText(null), s.mapping().browseUrl(key), null);
    }

    /** Creates the issue with the origin as an issue property in the same call; a lost answer is looked up, not resent. */
    @Override
    public EntityRef create(HubIssue draft, String origin) {
        Session s = session();
        String project = draft.getProjectKey() != null ? draft.getProjectKey() : s.settings().project();
        ObjectNode body = JiraOrigins.mark(s.bodies().create(draft, project, s.settings().issueType()), origin);
        JsonNode created = CreateOnce.create(s.api().http(), "POST /rest/api/3/issue", () -> s.api().createIssue(body),
                () -> new JiraOrigins(s.api()).issue(project, origin));
        String key = created.path("key").asText();
        return new EntityRef(key, created.path("id").asText(null), s.mapping().browseUrl(key), null);
    }

    @Override
    public Optional<EntityRef> findCreated(String origin) {
        Session s = session();
        return new JiraOrigins(s.api()).issue(s.settings().project(), origin).map(issue -> {
            String key = issue.path("key").asText();
            return new EntityRef(key, issue.path("id").asText(null), s.mapping().browseUrl(key), null);
        });
    }

    @Override
    public HubComment addComment(String key, HubComment comment, String origin) {
        Session s = session();
        ObjectNode body = JiraOrigins.mark(s.bodies().comment(comment.getBody()), origin);
        try {
            return s.mapping().comment(CreateOnce.create(s.api().http(), "POST /rest/api/3/issue/" + key + "/comment",
                    () -> s.api().addComment(key, body), () -> new JiraOrigins(s.api()).comment(key, origin)));
        } catch (EntityNotFoundException e) {
            throw notFound(key, s);
        }
    }

    @Override
    public Optional<HubComment> findComment(String key, String origin) {
        Session s = session();
        try {
            return new JiraOrigins(s.api()).comment(key, origin).map(s.mapping()::comment);
        } catch (EntityNotFoundException e) {
            throw notFound(key, s);
        }
    }

    @Override
    public EntityRef update(String key, FieldChanges changes) {
        Session s = session();
        if (!changes.isEmpty()) {
            try {
                s.api().editIssue(key, s.bodies().edit(key, changes));
            } catch (EntityNotFoundException e) {
                throw notFound(key, s);
            }
        }
        return new EntityRef(key, null, s.mapping().browseUrl(key), null);
    }

    @Override
    public HubComment addComment(String key, HubComment comment) {
        Session s = session();
        try {
            return s.mapping().comment(s.api().addComment(key, s.bodies().comment(comment.getBody())));
        } catch (EntityNotFoundException e) {
            throw notFound(key, s);
        }
    }

    @Override
    public HubComment editComment(String key, String commentId, String body) {
        Session s = session();
        try {
            return s.mapping().comment(s.api().editComment(key, commentId, s.bodies().comment(body)));
        } catch (EntityNotFoundException e) {
            throw new EntityNotFoundException(key, "Jira has no comment " + commentId + " on " + key + " (or no issue " + key + ")");
        }
    }

    @Override
    public void deleteComment(String key, String commentId) {
        Session s = session();
        try {
            s.api().deleteComment(key, commentId);
        } catch (EntityNotFoundException alreadyGone) {
            // deleting what is not there is the outcome we wanted
        }
    }

    @Override
    public void delete(String key) {
        Session s = session();
        try {
            s.api().deleteIssue(key);
        } catch (EntityNotFoundException alreadyGone) {
            // deleting what is not there is the outcome we wanted
        }
    }

    @Override
    public void transition(String key, String statusName) {
        Session s = session();
        JsonNode issue;
        try {
            issue = s.api().issue(key, "status", "transitions");
        } catch (EntityNotFoundException e) {
            throw notFound(key, s);
        }
        String current = issue.path("fields").path("status").path("name").asText();
        if (current.equalsIgnoreCase(statusName)) return;
        List<String> reachable = new ArrayList<>();
        for (JsonNode t : issue.path("transitions")) {
            String target = t.path("to").path("name").asText();
            if (target.equalsIgnoreCase(statusName)) {
                s.api().transition(key, t.path("id").asText());
                return;
            }
            reachable.add(target);
        }
        throw new EntityException("Jira issue " + key + " cannot move from '" + current + "' to '" + statusName
                + "': its workflow reaches only " + (reachable.isEmpty() ? "no other status" : String.join(", ", reachable)) + " from there");
    }

    @Override
    public Optional<HubUser> userByEmail(String email) {
        return session().directory().userByEmail(email);
    }

    @Override
    public Optional<HubStatus> status(String name) {
        return session().directory().status(name);
    }

    @Override
    public Optional<HubPriority> priority(String name) {
        return session().directory().priority(name);
    }

    @Override
    public Optional<HubIssueType> issueType(String name, String projectKey) {
        return session().directory().issueType(name, projectKey);
    }

    /**
     * Text as it comes back from ADF, labels without whitespace, and a created issue without a status in
     * its workflow's initial status: what Jira reports after the write. No tracker call (statuses are loaded at start).
     */
    @Override
    public HubIssue normalizeWritten(HubIssue written) {
        HubIssue normal = written.copy();
        if (normal.getStatus() == null) session().directory().initialStatus().ifPresent(normal::setStatus);
        if (normal.getDescription() != null) normal.setDescription(text.toMarkdown(text.toAdf(normal.getDescription())));
        List<String> labels = new ArrayList<>();
        for (HubLabel label : normal.getLabels()) labels.add(WriteBodies.label(label.label()));
        normal.setLabels(labels);
        for (HubComment comment : normal.getComments()) {
            if (comment.getBody() != null) comment.setBody(text.toMarkdown(text.toAdf(comment.getBody())));
        }
        session();
        extended.normalize(normal);
        return normal;
    }

    /** Logs the work in one edit ({@code update.worklog} add operations) and returns the entries as Jira stored them. */
    @Override
    public List<HubWorkLog> addWorkLogs(String key, List<HubWorkLog> workLogs) {
        Session s = session();
        try {
            return extended.addWorkLogs(key, workLogs);
        } catch (EntityNotFoundException e) {
            throw notFound(key, s);
        }
    }

    /** Raw Jira REST calls for rules ({@code httpClient}), with the connector's credentials and rate-limit handling. */
    @Override
    public TrackerHttpResponse rawRequest(String method, String path, String jsonBody) {
        return RawRequests.send(session().api().http(), method, path, jsonBody);
    }

    @Override
    public boolean ensureWebhook(String callbackUrl) {
        return session().webhooks().ensure(callbackUrl);
    }

    @Override
    public WebhookEvent parseWebhook(WebhookRequest request) {
        return session().webhooks().parse(request);
    }

    private static EntityNotFoundException notFound(String key, Session s) {
        return new EntityNotFoundException(key, "Jira issue " + key + " does not exist or is not visible to " + s.settings().email());
    }

    /** Streams the attachment from Jira, following Cloud's redirect to its media host (without our credentials). */
    @Override
    public InputStream openAttachment(String key, String attachmentId) {
        session();
        return attachments.open(key, attachmentId);
    }

    /** Streams {@code content} to Jira as a multipart upload of known length; see {@link JiraAttachments}. */
    @Override
    public HubAttachment addAttachment(String key, String fileName, String mimeType, long size, InputStream content) {
        session();
        return attachments.upload(key, fileName, mimeType, size, content);
    }

    @Override
    public void deleteAttachment(String key, String attachmentId) {
        session();
        attachments.delete(attachmentId);
    }

    @Override
    public boolean supportsAttachments() {
        return true;
    }
}
