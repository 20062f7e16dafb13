package io.entwine.emulator.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.entwine.emulator.core.EmulatorServer;
import io.entwine.emulator.core.WebhookDispatcher;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An emulated Jira Cloud site speaking REST API v3 and admin webhooks on loopback, so that a connector
 * written against the real Jira Cloud only changes its configuration to run against it.
 *
 * <p>Out of the box the site has project {@code DEMO} ("Demo project"); issue types Task, Bug, Story and
 * Sub-task; priorities Highest..Lowest (default Medium); the statuses To Do, In Progress and Done of
 * Jira's simplified workflow (each reachable from every other by one transition: "To Do",
 * "Start Progress", "Done"); and the users {@code demo@example.com} (Demo Admin, the API user, a Jira
 * administrator, API token {@code demo}), {@code alice@example.com}, {@code bob@example.com} and
 * {@code carol@example.com}. Every {@code /rest/} call needs Basic credentials (e-mail + API token).
 *
 * <p>Threading: the configuration methods may be called from any thread at any time; requests are
 * served one at a time against a consistent state. Webhooks are delivered asynchronously, in order.
 */
public final class JiraEmulator extends EmulatorServer {
    public static final String DEFAULT_EMAIL = "demo@example.com";
    public static final String DEFAULT_API_TOKEN = "demo";
    public static final String DEFAULT_PROJECT = "DEMO";

    private static final Logger log = LoggerFactory.getLogger(JiraEmulator.class);

    private final WebhookDispatcher dispatcher = new WebhookDispatcher();
    private final JiraSite site;
    private final IssueEvents events;
    private final RateLimiter rateLimiter;
    private final AttachmentRoutes attachments;
    private final Map<String, String> apiTokens = new ConcurrentHashMap<>();
    private volatile String siteUrl;

    public JiraEmulator(Clock clock) {
        super(clock);
        this.site = new JiraSite(new IssueStore(clock), new AdminWebhooks(dispatcher), this::siteUrl,
                UUID.nameUUIDFromBytes("entwine-jira-emulator".getBytes(StandardCharsets.UTF_8)).toString());
        this.events = new IssueEvents(site);
        this.rateLimiter = new RateLimiter(clock);
        this.attachments = new AttachmentRoutes(site, events);
        synchronized (site) {
            JiraUser admin = site.catalog.addUser(DEFAULT_EMAIL, "Demo Admin", true);
            site.catalog.addUser("alice@example.com", "Alice Able", false);
            site.catalog.addUser("bob@example.com", "Bob Baker", false);
            site.catalog.addUser("carol@example.com", "Carol Chen", false);
            site.catalog.addProject(DEFAULT_PROJECT, "Demo project", admin.accountId());
        }
        apiTokens.put(DEFAULT_EMAIL, DEFAULT_API_TOKEN);
    }

    @Override
    public JiraEmulator start(int port) {
        super.start(port);
        return this;
    }

    @Override
    public void close() {
        super.close();
        dispatcher.close();
    }

    /** Adds a project (lead: the API user) and returns its id. */
    public String addProject(String key, String name) {
        synchronized (site) {
            return site.catalog.addProject(key, name, site.catalog.userByEmail(DEFAULT_EMAIL).accountId()).id();
        }
    }

    /**
     * Adds a custom field and returns its id ({@code customfield_10000}...). {@code options} are the allowed texts of
     * a select or multi select; for a cascading select they are {@code "Parent/Child"} pairs (a bare text adds a
     * parent without children). Other types take no options.
     */
    public String addCustomField(String name, CustomFieldType type, String... options) {
        synchronized (site) {
            return site.catalog.fields.addCustomField(name, type, List.of(options)).id();
        }
    }

    /** Adds a component to a project and returns its id. */
    public String addComponent(String projectKey, String name) {
        synchronized (site) {
            return site.catalog.fields.addComponent(existingProject(projectKey), name).id();
        }
    }

    /** Adds an (unreleased) version to a project and returns its id. */
    public String addVersion(String projectKey, String name) {
        synchronized (site) {
            return site.catalog.fields.addVersion(existingProject(projectKey), name).id();
        }
    }

    private JiraProject existingProject(String key) {
        JiraProject project = site.catalog.project(key);
        if (project == null) throw new IllegalArgumentException("no project " + key);
        return project;
    }

    /** Adds a (non-administrator) user and returns the accountId; give it an API token to call as that user. */
    public String addUser(String email, String displayName) {
        synchronized (site) {
            return site.catalog.addUser(email, displayName, false).accountId();
        }
    }

    /** The accountId of the user with this e-mail; throws when there is none. */
    public String accountId(String email) {
        synchronized (site) {
            JiraUser user = site.catalog.userByEmail(email);
            if (user == null) throw new IllegalArgumentException("no user with e-mail " + email);
            return user.accountId();
        }
    }

    /** Lets the user with this e-mail authenticate with {@code token} (replacing any previous token). */
    public void setApiToken(String email, String token) {
        accountId(email);
        apiTokens.put(email.toLowerCase(Locale.ROOT), token);
    }

    /** Sets a user's profile time zone: timestamps they read and JQL dates they write are in it (default UTC). */
    public void setTimeZone(String email, ZoneId zone) {
        synchronized (site) {
            site.catalog.replaceUser(site.catalog.userByEmail(email).withTimeZone(zone));
        }
    }

    /** Refuses requests beyond this many per clock second with 429 and Retry-After; 0 (the default) turns it off. */
    public void setRateLimit(int requestsPerSecond) {
        rateLimiter.setPerSecond(requestsPerSecond);
    }

    /** The largest attachment upload accepted (413 beyond), reported by {@code /attachment/meta}; default 10 MB. */
    public void setAttachmentUploadLimit(long bytes) {
        attachments.setUploadLimit(bytes);
    }

    /** The id {@code /_edge/tenant_info} reports (stable by default; set distinct ids for several sites). */
    public void setCloudId(String cloudId) {
        site.cloudId = cloudId;
    }

    public String cloudId() {
        return site.cloudId;
    }

    /** The public URL used in {@code self} links and {@code serverInfo}; defaults to {@link #baseUrl()}. */
    public void setSiteUrl(String url) {
        this.siteUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String siteUrl() {
        String configured = siteUrl;
        return configured != null ? configured : baseUrl();
    }

    /** Webhook delivery, with loss injection for tests. */
    public WebhookDispatcher webhooks() {
        return dispatcher;
    }

    /** Issues currently on the site (deleted ones excluded). */
    public int issueCount() {
        synchronized (site) {
            return site.issues.count();
        }
    }

    /** Enhanced search, approximate count and bulk fetch are POSTs that only read. */
    @Override
    protected boolean isReadOnly(String method, String path) {
        return method.equals("POST") && (path.endsWith("/search/jql") || path.endsWith("/search/approximate-count")
                || path.endsWith("/issue/bulkfetch") || path.endsWith("/changelog/bulkfetch"));
    }

    @Override
    protected void routes(JavalinConfig config) {
        config.routes.before("/rest/*", this::authenticate);
        config.routes.before("/rest/*", this::limitRate);
        new IssueRoutes(site, events).register(config.routes);
        new SearchRoutes(site).register(config.routes);
        new CommentRoutes(site, events).register(config.routes);
        new MetadataRoutes(site).register(config.routes);
        new FieldRoutes(site).register(config.routes);
        new WebhookRoutes(site).register(config.routes);
        attachments.register(config.routes);
        config.routes.exception(JiraError.class, (e, ctx) -> answer(ctx, e.status(), e.body()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error("Jira emulator failed on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, new JiraError(500, List.of("Internal server error: " + e), Map.of()).body());
        });
    }

    private void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String email = decoded.substring(0, colon).toLowerCase(Locale.ROOT);
                String expected = apiTokens.get(email);
                byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
                if (expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given)) {
                    synchronized (site) {
                        ctx.attribute(JiraRequest.CALLER, site.catalog.userByEmail(email));
                    }
                    return;
                }
            }
        }
        throw new JiraError(401, List.of("Client must be authenticated to access this resource."), Map.of());
    }

    private void limitRate(Context ctx) {
        RateLimiter.Refusal refusal = rateLimiter.acquire();
        if (refusal == null) return;
        long seconds = Math.max(1, (refusal.retryAfter().toMillis() + 999) / 1000);
        ctx.header("Retry-After", String.valueOf(seconds));
        ctx.header("X-RateLimit-Limit", String.valueOf(refusal.limit()));
        ctx.header("X-RateLimit-Remaining", "0");
        ctx.header("X-RateLimit-Reset", refusal.reset().toString());
        ctx.header("RateLimit-Reason", "jira-burst-based");
        throw new JiraError(429, List.of("Rate limit exceeded."), Map.of());
    }

    /** Writes a JSON answer (none for a null body) through the core so the journal records it. */
    static void answer(Context ctx, int status, JsonNode body) {
        respond(ctx, status, body == null ? null : JiraJson.write(body));
    }
}
