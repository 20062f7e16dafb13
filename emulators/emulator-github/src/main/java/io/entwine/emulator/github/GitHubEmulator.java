package io.entwine.emulator.github;

import io.entwine.emulator.core.EmulatorServer;
import io.entwine.emulator.core.WebhookDispatcher;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * A stateful GitHub REST emulator (issues API) on loopback. It starts with repository {@code acme/demo},
 * the token user {@code demo-bot} (token {@code demo}, sent as {@code Authorization: Bearer demo} or
 * {@code token demo}) and the users {@code alice}, {@code bob} and {@code carol}, all assignable
 * collaborators. Answers follow GitHub's official description: issue, comment, label, hook and user
 * shapes, {@code Link} paging, {@code x-ratelimit-*} headers, 401/404/410/422 error bodies, and signed
 * webhook deliveries through {@link #webhooks()}.
 *
 * <p>Thread-safe: requests are served one at a time against one in-memory state, and the test hooks
 * below may be called from any thread, before or after {@link #start(int)}. Timestamps come from the
 * injected clock at second precision, like GitHub's.
 */
public final class GitHubEmulator extends EmulatorServer {
    public static final String DEFAULT_OWNER = "acme";
    public static final String DEFAULT_REPO = "demo";
    public static final String DEFAULT_TOKEN = "demo";
    public static final String BOT_LOGIN = "demo-bot";
    /** API versions GitHub accepts in {@code X-GitHub-Api-Version}. */
    static final Set<String> API_VERSIONS = Set.of("2022-11-28", "2026-03-10");

    private static final Logger log = LoggerFactory.getLogger(GitHubEmulator.class);
    private static final String ACTOR = "entwine.github.actor";

    private final GitHubWorld world;
    private final RateLimits limits;
    private final WebhookDispatcher dispatcher = new WebhookDispatcher();
    private final Representations json = new Representations(() -> new Urls(baseUrl(), baseUrl()));
    private final IssueChanges issueChanges;
    private final Milestones milestones;
    private final RoutesRegistrar registrar;

    public GitHubEmulator(Clock clock) {
        super(clock);
        this.world = new GitHubWorld(clock);
        this.limits = new RateLimits(clock);
        RepositoryRepresentation repositories = new RepositoryRepresentation(json);
        WebhookPublisher publisher = new WebhookPublisher(json, repositories, dispatcher);
        Lookups lookups = new Lookups(world);
        Paging paging = new Paging(json);
        this.issueChanges = new IssueChanges(world, publisher, json);
        this.milestones = new Milestones(world, publisher, json);
        json.milestones(milestones);
        this.registrar = table -> {
            // repository-wide comment routes before /issues/{issue_number}: "comments" is not an issue number
            new CommentRoutes(world, lookups, issueChanges, publisher, json, paging).register(table);
            new IssueRoutes(lookups, issueChanges, json, paging, milestones).register(table);
            milestones.register(table, lookups, paging);
            new LabelRoutes(world, lookups, issueChanges, json, paging).register(table);
            new HookRoutes(world, lookups, publisher, json, paging).register(table);
            new SearchRoutes(world, json, paging).register(table);
            new AccountRoutes(world, lookups, json, repositories, limits).register(table);
        };
        synchronized (world) {
            world.addUser(BOT_LOGIN, "demo@example.com", "Demo Bot");
            world.addUser("alice", "alice@example.com", "Alice Able");
            world.addUser("bob", "bob@example.com", "Bob Baker");
            world.addUser("carol", "carol@example.com", "Carol Chen");
            world.addRepository(DEFAULT_OWNER, DEFAULT_REPO);
            world.addToken(DEFAULT_TOKEN, BOT_LOGIN);
        }
    }

    private interface RoutesRegistrar {
        void register(RouteTable table);
    }

    @Override
    public GitHubEmulator start(int port) {
        super.start(port);
        return this;
    }

    @Override
    public void close() {
        super.close();
        dispatcher.close();
    }

    // ---- configuration and test hooks ----

    /** Replaces the token of {@code demo-bot} (the integration user); the old token stops working. */
    public void token(String token) {
        synchronized (world) {
            world.removeTokensOf(BOT_LOGIN);
            world.addToken(token, BOT_LOGIN);
        }
    }

    /** Lets {@code token} act as the existing user {@code login} (to make changes "as a human" in tests). */
    public void addToken(String token, String login) {
        synchronized (world) {
            world.addToken(token, login);
        }
    }

    /** Adds a repository (its owner becomes an organisation unless it is a known user); returns its id. */
    public long addRepository(String owner, String name) {
        synchronized (world) {
            return world.addRepository(owner, name).id;
        }
    }

    /** The numeric id of a repository (what connectors use as the tracker instance id). */
    public long repositoryId(String owner, String name) {
        synchronized (world) {
            Repo repo = world.repo(owner, name);
            if (repo == null) throw new IllegalArgumentException("no repository " + owner + "/" + name);
            return repo.id;
        }
    }

    /** Adds (or updates) a user, an assignable collaborator of every repository; {@code email} null keeps it private. */
    public void addUser(String login, String email, String name) {
        synchronized (world) {
            world.addUser(login, email, name);
        }
    }

    /** Adds an open milestone to a repository (created by the bot account) and returns its number. */
    public int addMilestone(String owner, String name, String title) {
        synchronized (world) {
            return milestones.add(requireRepo(owner, name), world.account(BOT_LOGIN), title).number;
        }
    }

    /** Takes admin rights on a repository from a user (push stays): its token can no longer manage hooks (404, as on GitHub). */
    public void revokeAdmin(String owner, String name, String login) {
        synchronized (world) {
            Account user = world.account(login);
            if (user == null) throw new IllegalArgumentException("no user " + login);
            requireRepo(owner, name).nonAdmins.add(user);
        }
    }

    /** Opens a pull request (it shares the issue number sequence and shows up in the issues list); returns its number. */
    public int addPullRequest(String owner, String name, String title) {
        synchronized (world) {
            Repo repo = requireRepo(owner, name);
            return issueChanges.create(repo, world.account(BOT_LOGIN), title, null, null, null, true).number;
        }
    }

    /** Deletes an issue as an admin does in the web UI (the REST API cannot): reads answer 410, an {@code issues.deleted} webhook goes out. */
    public void deleteIssue(String owner, String name, int number) {
        synchronized (world) {
            Repo repo = requireRepo(owner, name);
            Issue issue = repo.issues.get(number);
            if (issue == null || issue.deleted) throw new IllegalArgumentException("no issue #" + number + " in " + repo.fullName());
            issueChanges.delete(repo, issue, world.account(BOT_LOGIN));
        }
    }

    /** Issues (not pull requests, not deleted) in all repositories. */
    public int issueCount() {
        synchronized (world) {
            return world.issueCount();
        }
    }

    /** The webhook dispatcher, for loss injection ({@code dropNext}, {@code setDropAll}) and delivery counts. */
    public WebhookDispatcher webhooks() {
        return dispatcher;
    }

    /** Answers the next {@code count} requests with {@code status} (403 or 429) and {@code retry-after}, as a secondary limit does. */
    public void rejectNextRequests(int count, int status, Duration retryAfter) {
        limits.rejectNext(count, status, retryAfter);
    }

    /** Secondary limit on writes per clock minute (0 = off, the default), answered with {@code status} and {@code retry-after}. */
    public void secondaryRateLimit(int writesPerMinute, int status) {
        limits.secondaryLimit(writesPerMinute, status);
    }

    /** The primary {@code core} limit per user and hour (GitHub: 5,000). */
    public void primaryRateLimit(int requestsPerHour) {
        limits.primaryLimit("core", requestsPerHour);
    }

    private Repo requireRepo(String owner, String name) {
        Repo repo = world.repo(owner, name);
        if (repo == null) throw new IllegalArgumentException("no repository " + owner + "/" + name);
        return repo;
    }

    // ---- HTTP ----

    @Override
    protected void routes(JavalinConfig config) {
        config.routes.before(this::admit);
        RouteTable table = new RouteTable() {
            @Override public void get(String path, Route route) { config.routes.get(path, handler(route)); }
            @Override public void post(String path, Route route) { config.routes.post(path, handler(route)); }
            @Override public void put(String path, Route route) { config.routes.put(path, handler(route)); }
            @Override public void patch(String path, Route route) { config.routes.patch(path, handler(route)); }
            @Override public void delete(String path, Route route) { config.routes.delete(path, handler(route)); }
        };
        registrar.register(table);
        config.routes.exception(ApiError.class, (e, ctx) -> {
            e.headers.forEach(ctx::header);
            respond(ctx, e.status, e.body.toString());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            ApiError error = e.getStatus() == 404 ? ApiError.notFound(ApiError.DOCS) : ApiError.of(e.getStatus(), e.getMessage(), ApiError.DOCS);
            respond(ctx, error.status, error.body.toString());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error("GitHub emulator failed on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, ApiError.of(500, "Server Error", ApiError.DOCS).body.toString());
        });
    }

    /** Authenticates, checks the API version and applies the rate limits before any route runs. */
    private void admit(Context ctx) {
        ctx.header("X-GitHub-Media-Type", "github.v3; format=json");
        ctx.header("X-GitHub-Request-Id", String.format("E1A4:2B7C:%06X", journal().mark()));
        Account actor = authenticate(ctx.header("Authorization"));
        String version = ctx.header("X-GitHub-Api-Version");
        if (version != null && !API_VERSIONS.contains(version)) {
            throw ApiError.badRequest("API version '" + version + "' is not supported.");
        }
        ctx.header("X-GitHub-Api-Version-Selected", version == null ? "2022-11-28" : version);
        String resource = ctx.path().startsWith("/search/") ? "search" : "core";
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
        limits.admit(actor, resource, write, !ctx.path().equals("/rate_limit")).forEach(ctx::header);
        ctx.attribute(ACTOR, actor);
    }

    private Account authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) throw ApiError.requiresAuthentication();
        String value = authorization.trim();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? "" : value.substring(0, space);
        if (!scheme.equalsIgnoreCase("bearer") && !scheme.equalsIgnoreCase("token")) throw ApiError.badCredentials();
        Account actor;
        synchronized (world) {
            actor = world.tokenUser(value.substring(space + 1).trim());
        }
        if (actor == null) throw ApiError.badCredentials();
        return actor;
    }

    private Handler handler(Route route) {
        return ctx -> {
            Account actor = ctx.attribute(ACTOR);
            Reply reply;
            synchronized (world) {
                reply = route.handle(ctx, actor);
            }
            respond(ctx, reply.status(), reply.json());
        };
    }
}
