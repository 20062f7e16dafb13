package io.entwine.emulator.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers webhooks the way trackers do: asynchronously, in order, one POST per event, retried a few
 * times when the receiver answers 5xx or is unreachable. Tests can make deliveries get lost
 * ({@link #dropNext(int)}, {@link #setDropAll(boolean)}) to prove that the polling sweep repairs them.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int ATTEMPTS = 3;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "webhook-dispatcher");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger dropNext = new AtomicInteger();
    private volatile boolean dropAll;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    /** Queues one delivery of {@code body} with {@code headers} to {@code url}. Never blocks. */
    public void deliver(String url, Map<String, String> headers, byte[] body) {
        if (dropAll || dropNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            dropped.incrementAndGet();
            log.debug("webhook to {} dropped on purpose (loss injection)", url);
            return;
        }
        sender.execute(() -> send(url, headers, body));
    }

    private void send(String url, Map<String, String> headers, byte[] body) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                headers.forEach(request::header);
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) {
                    if (response.statusCode() >= 400) log.warn("webhook to {} refused with {}", url, response.statusCode());
                    delivered.incrementAndGet();
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.debug("webhook to {} failed (attempt {}): {}", url, attempt, e.toString());
            }
            try {
                Thread.sleep(100L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        failed.incrementAndGet();
        log.warn("webhook to {} given up after {} attempts", url, ATTEMPTS);
    }

    /** Loses the next {@code n} deliveries, as a receiver outage would. */
    public void dropNext(int n) {
        dropNext.set(n);
    }

    public void setDropAll(boolean dropAll) {
        this.dropAll = dropAll;
    }

    public long delivered() { return delivered.get(); }
    public long dropped() { return dropped.get(); }
    public long failed() { return failed.get(); }

    /** Waits (bounded) until queued deliveries are sent; for orderly shutdown and tests. */
    public void flush(Duration timeout) throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(1);
        sender.execute(done::countDown);
        done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
