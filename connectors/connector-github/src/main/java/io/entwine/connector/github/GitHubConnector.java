package io.entwine.connector.github;

import io.entwine.connector.support.origin.CreateOnce;
import io.entwine.connector.support.origin.OriginMarker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.api.replica.HubComment;
import io.entwine.api.replica.HubIssue;
import io.entwine.api.replica.HubIssueType;
import io.entwine.api.replica.HubPriority;
import io.entwine.api.replica.HubStatus;
import io.entwine.api.replica.HubUser;
import io.entwine.connector.support.RawRequests;
import io.entwine.connector.support.JsonResponse;
import io.entwine.connector.support.Sleeper;
import io.entwine.connector.support.TrackerHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * GitHub Issues of one repository, through GitHub's REST API ({@code kind = "github"}). Settings:
 * {@code token}, {@code repository} ({@code owner/name}), optional {@code webhookSecret},
 * {@code overlapSeconds} (default 5) and {@code webUrl}; the base URL is https://api.github.com in
 * production. Keys are issue numbers ({@code "12"}); status is {@code open} or {@code closed}, the
 * resolution is GitHub's {@code state_reason}; GitHub has no priorities or issue types here.
 *
 * <p>Thread-safe: after {@link #start} every method may be called from any number of threads. Every call
 * may block on HTTP, including waits for GitHub's rate limits (longer waits surface as
 * {@code RateLimitedException}); failures are the types of {@code io.entwine.api.errors}.
 */
public final class GitHubConnector implements TrackerConnector {
    private static final Logger log = LoggerFactory.getLogger(GitHubConnector.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_VERSION = "2022-11-28";

    private final Sleeper sleeper;
    private volatile Started started;
    private volatile Milestones milestones;

    /** What a started connector holds; immutable, replaced as a whole. */
    private record Started(GitHubSettings settings, GitHubApi api, UserDirectory users, IssueMapper mapper,
                           IssueWrites writes, ChangeFeed feed, WebhookParser webhooks, TrackerInfo info) {
    }

    public GitHubConnector() {
        this(Sleeper.SYSTEM);
    }

    /** With the given way of waiting out rate limits and backoff (tests record the waits instead). */
    public GitHubConnector(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public String kind() {
        return "github";
    }

    /** Validates the settings, then reads the integration user ({@code GET /user}) and the repository. */
    @Override
    public void start(ConnectorConfig config) {
        GitHubSettings settings = GitHubSettings.from(config);
        TrackerHttp http = TrackerHttp.builder("GitHub", settings.baseUrl())
                .authorization(() -> "Bearer " + settings.token())
                .defaultHeader("Accept", "application/vnd.github+json")
                .defaultHeader("X-GitHub-Api-Version", API_VERSION)
                .defaultHeader("User-Agent", "entwine-github-connector")
                .clock(config.clock())
                .sleeper(sleeper)
                .build();
        GitHubApi api = new GitHubApi(http, settings);
        HubUser me = UserDirectory.fromProfile(api.get("/user"));
        JsonNode repo;
        try {
            repo = api.get(settings.repoPath());
        } catch (EntityNotFoundException e) {
            throw new ConfigException("connector setting 'repository': GitHub has no repository " + settings.fullName()
                    + " that this token can see", e);
        }
        UserDirectory users = new UserDirectory(api);
        this.milestones = new Milestones(api);
        TrackerInfo info = new TrackerInfo(kind(), settings.baseUrl(), repo.path("id").asText(), me);
        started = new Started(settings, api, users, new IssueMapper(users, settings), new IssueWrites(users, this.milestones),
                new ChangeFeed(api, settings.overlap()), new WebhookParser(settings), info);
        log.info("GitHub connector started for {} as {}", settings.fullName(), me.key());
    }

    @Override
    public void stop() {
        started = null;
    }

    private Started s() {
        Started s = started;
        if (s == null) throw new RetriableSyncException("GitHub connector is not started (or was stopped)");
        return s;
    }

    /** Raw GitHub REST calls for rules ({@code httpClient}), with the connector's token and rate-limit handling. */
    @Override
    public TrackerHttpResponse rawRequest(String method, String path, String jsonBody) {
        return RawRequests.send(s().api().http(), method, path, jsonBody);
    }

    @Override
    public TrackerInfo trackerInfo() {
        return s().info();
    }

    @Override
    public String browseUrl(String key) {
        GitHubSettings settings = s().settings();
        return settings.webUrl() + "/" + settings.fullName() + "/issues/" + GitHubApi.number(key);
    }

    @Override
    public HubIssue read(String key) {
        Started s = s();
        JsonNode issue = s.api().readIssue(key);
        List<JsonNode> comments = s.api().all(s.api().issue(key) + "/comments?per_page=" + GitHubApi.MAX_PER_PAGE);
        return s.mapper().issue(issue, comments);
    }

    @Override
    public ChangePage changesSince(String cursor, int pageSize) {
        return s().feed().next(cursor, pageSize);
    }

    /** GitHub issue search ({@code /search/issues}) limited to this repository's issues; the page token is the page number. */
    @Override
    public QueryPage query(String nativeQuery, String pageToken, int pageSize) {
        Started s = s();
        int page = pageToken == null ? 1 : parsePage(pageToken);
        String q = (nativeQuery == null ? "" : nativeQuery.trim() + " ") + "repo:" + s.settings().fullName() + " is:issue";
        JsonResponse answer = s.api().http().get("/search/issues?q=" + TrackerHttp.encode(q) + "&sort=created&order=asc&per_page="
                + Math.max(1, Math.min(GitHubApi.MAX_PER_PAGE, pageSize)) + "&page=" + page);
        List<String> keys = new ArrayList<>();
        String repositoryUrl = s.settings().repoPath().toLowerCase(Locale.ROOT);
        for (JsonNode item : answer.body().path("items")) {
            // a repo: qualifier in the native query widens GitHub's search (qualifiers of one kind are ORed)
            boolean ours = item.path("repository_url").asText("").toLowerCase(Locale.ROOT).endsWith(repositoryUrl);
            if (ours && !item.has("pull_request")) keys.add(item.path("number").asText());
        }
        return new QueryPage(keys, answer.nextLink().isPresent() ? String.valueOf(page + 1) : null);
    }

    @Override
    public EntityRef create(HubIssue draft) {
        Started s = s();
        JsonNode created = s.api().http().post(s.api().repo("/issues"), s.writes().create(draft)).body();
        return ref(created);
    }

    /** Creates the issue with the origin as a hidden marker at the end of its body; a lost answer is looked up, not resent. */
    @Override
    public EntityRef create(HubIssue draft, String origin) {
        Started s = s();
        ObjectNode body = s.writes().create(draft);
        body.put("body", OriginMarker.append(draft.getDescription(), origin));
        JsonNode created = CreateOnce.create(s.api().http(), "POST " + s.api().repo("/issues"),
                () -> s.api().http().post(s.api().repo("/issues"), body).body(), () -> GitHubOrigins.issue(s.api(), s.info().integrationUser().key(), origin));
        return ref(created);
    }

    @Override
    public Optional<EntityRef> findCreated(String origin) {
        Started s = s();
        return GitHubOrigins.issue(s.api(), s.info().integrationUser().key(), origin).map(GitHubConnector::ref);
    }

    @Override
    public HubComment addComment(String key, HubComment comment, String origin) {
        Started s = s();
        ObjectNode body = commentBody(comment.getBody());
        body.put("body", OriginMarker.append(comment.getBody(), origin));
        JsonNode created = CreateOnce.create(s.api().http(), "POST " + s.api().issue(key) + "/comments",
                () -> s.api().http().post(s.api().issue(key) + "/comments", body).body(), () -> GitHubOrigins.comment(s.api(), key, origin));
        return s.mapper().comment(created);
    }

    @Override
    public Optional<HubComment> findComment(String key, String origin) {
        Started s = s();
        return GitHubOrigins.comment(s.api(), key, origin).map(s.mapper()::comment);
    }

    @Override
    public EntityRef update(String key, FieldChanges changes) {
        Started s = s();
        if (changes.isEmpty()) return ref(s.api().readIssue(key));
        return ref(patch(s, key, s.writes().update(changes)));
    }

    @Override
    public HubComment addComment(String key, HubComment comment) {
        Started s = s();
        JsonNode created = s.api().http().post(s.api().issue(key) + "/comments", commentBody(comment.getBody())).body();
        return s.mapper().comment(created);
    }

    @Override
    public HubComment editComment(String key, String commentId, String body) {
        Started s = s();
        JsonNode edited = s.api().http().patch(comment(s, commentId), commentBody(body)).body();
        return s.mapper().comment(edited);
    }

    @Override
    public void deleteComment(String key, String commentId) {
        Started s = s();
        try {
            s.api().http().delete(comment(s, commentId));
        } catch (EntityNotFoundException alreadyGone) {
            log.debug("GitHub comment {} on #{} was already deleted", commentId, key);
        }
    }

    /**
     * What GitHub reports after the sync wrote {@code written}: a new issue is open; closing sets
     * {@code state_reason} to completed unless a reason was given; an open issue that has a reason was
     * reopened ({@code reopened}); a fix version is the milestone of that title, with its number as id.
     */
    @Override
    public HubIssue normalizeWritten(HubIssue written) {
        HubIssue normal = written.copy();
        String state = normal.getStatus() == null ? null : normal.getStatus().name();
        String reason = normal.getResolution() == null ? null : normal.getResolution().name();
        if (state == null) {
            normal.setStatus("open");
        } else if (state.equalsIgnoreCase("closed") && (reason == null || reason.equals("reopened"))) {
            normal.setResolution("completed");
        } else if (state.equalsIgnoreCase("open") && reason != null) {
            normal.setResolution("reopened");
        }
        Milestones known = milestones;
        if (known != null) normal.setFixVersions(known.normalize(normal.getFixVersions()));
        return normal;
    }

    /** {@code open}, {@code closed}, or {@code closed:completed|not_planned|duplicate} (case-insensitive). */
    @Override
    public void transition(String key, String statusName) {
        Started s = s();
        patch(s, key, IssueWrites.transition(statusName));
    }

    @Override
    public Optional<HubUser> userByEmail(String email) {
        return s().users().byEmail(email);
    }

    @Override
    public Optional<HubStatus> status(String name) {
        if (name == null) return Optional.empty();
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return wanted.equals("open") || wanted.equals("closed") ? Optional.of(new HubStatus(null, wanted)) : Optional.empty();
    }

    /** GitHub issues have no priority (rules usually map priority to a label). */
    @Override
    public Optional<HubPriority> priority(String name) {
        return Optional.empty();
    }

    /** Not used: GitHub's issue types are an organisation feature outside this connector's scope. */
    @Override
    public Optional<HubIssueType> issueType(String name, String projectKey) {
        return Optional.empty();
    }

    /**
     * Registers a repository hook for {@code issues} and {@code issue_comment} (JSON, signed with the
     * webhook secret) unless one with this URL exists. False when the token may not manage hooks.
     */
    @Override
    public boolean ensureWebhook(String callbackUrl) {
        Started s = s();
        try {
            for (JsonNode hook : s.api().all(s.api().repo("/hooks?per_page=" + GitHubApi.MAX_PER_PAGE))) {
                if (callbackUrl.equals(hook.path("config").path("url").asText())) return true;
            }
            ObjectNode hook = JSON.createObjectNode();
            hook.put("name", "web");
            hook.put("active", true);
            hook.putArray("events").add("issues").add("issue_comment");
            ObjectNode config = hook.putObject("config");
            config.put("url", callbackUrl);
            config.put("content_type", "json");
            config.put("insecure_ssl", "0");
            if (s.settings().webhookSecret() != null) config.put("secret", s.settings().webhookSecret());
            s.api().http().post(s.api().repo("/hooks"), hook);
            log.info("GitHub webhook registered on {} for {}", s.settings().fullName(), callbackUrl);
            return true;
        } catch (EntityException | EntityNotFoundException e) {
            log.warn("GitHub webhook for {} could not be registered ({}); changes will be found by polling only",
                    s.settings().fullName(), e.getMessage());
            return false;
        }
    }

    @Override
    public WebhookEvent parseWebhook(WebhookRequest request) {
        return s().webhooks().parse(request);
    }

    private static JsonNode patch(Started s, String key, ObjectNode body) {
        try {
            return s.api().http().patch(s.api().issue(key), body).body();
        } catch (EntityException e) {
            if (GitHubApi.isGone(e)) throw new EntityNotFoundException(key, "GitHub issue " + key + " was deleted (410)");
            throw e;
        }
    }

    private static String comment(Started s, String commentId) {
        if (commentId == null || !commentId.chars().allMatch(Character::isDigit) || commentId.isEmpty()) {
            throw new EntityNotFoundException(commentId, "GitHub comment ids are numbers; '" + commentId + "' is not one");
        }
        return s.api().repo("/issues/comments/" + commentId);
    }

    private static ObjectNode commentBody(String body) {
        if (body == null || body.isBlank()) throw new EntityException("GitHub refuses empty comments: the comment has no body");
        return JSON.createObjectNode().put("body", body);
    }

    private static EntityRef ref(JsonNode issue) {
        return new EntityRef(issue.path("number").asText(), issue.path("id").asText(), IssueMapper.text(issue, "html_url"),
                IssueMapper.instant(issue, "updated_at"));
    }

    private static int parsePage(String token) {
        try {
            int page = Integer.parseInt(token.trim());
            if (page >= 1) return page;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException("GitHub query page token must be a page number, got '" + token + "'");
    }
}
