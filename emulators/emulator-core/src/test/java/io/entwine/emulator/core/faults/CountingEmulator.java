package io.entwine.emulator.core.faults;

import io.entwine.emulator.core.EmulatorServer;
import io.javalin.config.JavalinConfig;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/** The smallest emulator: {@code POST /things} (with a body) counts what it applied, {@code GET /things} answers the count. */
final class CountingEmulator extends EmulatorServer {
    final AtomicInteger applied = new AtomicInteger();

    CountingEmulator(Clock clock, Sleeper sleeper) {
        super(clock, sleeper);
    }

    @Override
    protected void routes(JavalinConfig config) {
        config.routes.post("/things", ctx -> {
            if (ctx.body().isEmpty()) throw new IllegalStateException("a thing needs a body");
            respond(ctx, 201, "{\"count\":" + applied.incrementAndGet() + "}");
        });
        config.routes.get("/things", ctx -> respond(ctx, 200, "{\"count\":" + applied.get() + "}"));
    }
}
