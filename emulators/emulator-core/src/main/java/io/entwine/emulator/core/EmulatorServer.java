package io.entwine.emulator.core;

import io.entwine.emulator.core.faults.FaultRequest;
import io.entwine.emulator.core.faults.InjectedFault;
import io.entwine.emulator.core.faults.Sleeper;
import io.entwine.emulator.core.faults.TrackerFaults;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lifecycle shared by the emulators: a Javalin server on loopback whose every exchange is recorded in a
 * {@link RequestJournal}. Subclasses declare their routes in {@link #routes(JavalinConfig)} and answer
 * through {@link #respond} so the journal sees the body that went over the wire. The {@link #faults() fault modes}
 * are applied before any route of the subclass (authentication included), so every emulator has them.
 */
public abstract class EmulatorServer implements AutoCloseable {
    private static final String BODY_ATTRIBUTE = "entwine.emulator.responseBody";

    protected final Clock clock;
    private final RequestJournal journal = new RequestJournal(50_000);
    private final TrackerFaults faults;
    private Javalin app;

    protected EmulatorServer(Clock clock) {
        this(clock, Sleeper.SYSTEM);
    }

    /** With the sleeper that slow and held answers wait through (tests of the fault modes need no real waits). */
    protected EmulatorServer(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.faults = new TrackerFaults(clock, sleeper);
    }

    /** Declares the emulator's routes, exception handlers and auth filter. */
    protected abstract void routes(JavalinConfig config);

    /** True for a request that only reads although its method is not GET (a search by POST). Default: none. */
    protected boolean isReadOnly(String method, String path) {
        return false;
    }

    /** Starts on the given port (0 = any free port) on 127.0.0.1; returns this. */
    public synchronized EmulatorServer start(int port) {
        if (app != null) throw new IllegalStateException(getClass().getSimpleName() + " already started");
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> ctx.attribute("entwine.emulator.sequence", journal.nextSequence()));
            config.routes.before(this::injectFaults);
            config.routes.after(this::record);
            config.routes.exception(InjectedFault.class, (fault, ctx) -> {
                fault.headers().forEach(ctx::header);
                respond(ctx, fault.status(), fault.body());
            });
            routes(config);
        }).start("127.0.0.1", port);
        return this;
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        if (app == null) throw new IllegalStateException(getClass().getSimpleName() + " is not started");
        return app.port();
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public RequestJournal journal() {
        return journal;
    }

    /** The fault modes (429 with Retry-After, 5xx, slow and held answers); off until a test configures them. */
    public TrackerFaults faults() {
        return faults;
    }

    /** Writes a JSON (or empty, when body is null) answer and keeps the body for the journal. */
    protected static void respond(Context ctx, int status, String jsonBody) {
        ctx.status(status);
        if (jsonBody != null) {
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(jsonBody);
            ctx.attribute(BODY_ATTRIBUTE, jsonBody);
        }
    }

    private void injectFaults(Context ctx) {
        // read (and cache) the body first: a request held past the client's timeout is still applied in full, as
        // by a tracker that received it, instead of failing on a connection Jetty closed as idle (30 s) meanwhile
        ctx.bodyAsBytes();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) headers.put(name, ctx.req().getHeader(name));
        faults.admit(new FaultRequest(ctx.method().name(), ctx.path(), headers));
    }

    private void record(Context ctx) {
        Long sequence = ctx.attribute("entwine.emulator.sequence");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        for (String name : ctx.res().getHeaderNames()) responseHeaders.put(name, ctx.res().getHeader(name));
        String body = ctx.attribute(BODY_ATTRIBUTE);
        journal.record(new RecordedExchange(sequence == null ? journal.nextSequence() : sequence, Instant.now(clock),
                ctx.method().name(), ctx.path(), ctx.queryString(), headers, ctx.body(), ctx.statusCode(),
                responseHeaders, body, isReadOnly(ctx.method().name(), ctx.path())));
    }
}
