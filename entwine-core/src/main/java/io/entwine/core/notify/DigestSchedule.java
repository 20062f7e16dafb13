package io.entwine.core.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs an {@link ErrorDigester} every {@code interval} on a daemon thread of its own, the first run one interval
 * after {@link #start()} (errors of a start-up burst end up in one digest). A failed run is logged and the next
 * one tries again. {@link #close()} stops it and is idempotent; both may be called from any thread.
 */
public final class DigestSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final ErrorDigester digester;
    private final Duration interval;
    private final ScheduledExecutorService timer;

    public DigestSchedule(ErrorDigester digester, Duration interval) {
        this.digester = digester;
        this.interval = interval;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "error-digest");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::runQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("admins get a digest of new and persisting errors; checking every {}", interval);
    }

    private void runQuietly() {
        try {
            digester.digestNow();
        } catch (Throwable t) {
            log.warn("error digest failed; will try again in {}: {}", interval, t.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
