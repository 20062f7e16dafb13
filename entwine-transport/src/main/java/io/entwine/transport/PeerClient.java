package io.entwine.transport;

import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.RateLimitedException;
import io.entwine.api.errors.RetriableSyncException;
import io.entwine.transport.errors.PeerRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Delivers envelopes to peers: signs each attempt, POSTs it to {@code {peerBaseUrl}/peer/v1/messages} and retries
 * within the call while the peer is unreachable or overloaded.
 *
 * <p>Each attempt is re-stamped with the clock's now before signing, so a message resent after an outage is not
 * refused as a replay; the message id stays the same, which lets the receiver recognise a resend and answer
 * 409 {@code {"status":"duplicate"}} — counted as delivered.
 *
 * <p>Thread-safe; {@link #send} blocks the calling thread for the requests and the backoff waits (taken through the
 * injected {@link Sleeper}).
 */
public final class PeerClient {

    /** Timeout of one request when none is given. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(PeerClient.class);

    private final HttpClient http;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RetryPolicy policy;
    private final Duration requestTimeout;
    private final Random random;

    public PeerClient(HttpClient http, Clock clock, Sleeper sleeper, RetryPolicy policy) {
        this(http, clock, sleeper, policy, DEFAULT_REQUEST_TIMEOUT, new Random());
    }

    /**
     * @param http           should not follow redirects (a redirected message would be re-sent elsewhere)
     * @param requestTimeout timeout of one request
     * @param random         source of backoff jitter; seed it for repeatable waits in tests
     */
    public PeerClient(HttpClient http, Clock clock, Sleeper sleeper, RetryPolicy policy, Duration requestTimeout, Random random) {
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Delivers {@code envelope} to the peer at {@code peerBaseUrl}, signed with the connection's {@code secret}.
     *
     * @return the peer's 2xx answer, or its 409 duplicate answer
     * @throws RetriableSyncException when I/O errors, timeouts, 5xx or 429 persisted through every attempt
     * @throws RateLimitedException   when the peer asks for a wait longer than the policy's cap
     * @throws PeerRejectedException  when the peer refused the message (401, 403, 404, 413, 400 or any other 4xx);
     *                                not retried: resending the same message would be refused again
     * @throws ConfigException        when {@code peerBaseUrl} is not an absolute http(s) URL
     */
    public PeerResponse send(String peerBaseUrl, Envelope envelope, byte[] secret) {
        URI uri = messagesUri(peerBaseUrl);
        String lastFailure = "";
        Throwable lastCause = null;
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            Envelope stamped = envelope.withTimestamp(clock.instant());
            Duration wait;
            try {
                HttpResponse<byte[]> response = http.send(request(uri, stamped, secret), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                byte[] body = response.body();
                if (status / 100 == 2 || (status == PeerAnswers.DUPLICATE_STATUS && PeerAnswers.isDuplicate(body))) {
                    return new PeerResponse(status, body);
                }
                if (status < 500 && status != 429) {
                    throw new PeerRejectedException(peerBaseUrl, envelope.messageId(), status, PeerAnswers.reasonOf(body));
                }
                lastFailure = status + " " + PeerAnswers.reasonOf(body);
                lastCause = null;
                wait = status == 429 ? rateLimitWait(response, attempt, peerBaseUrl, envelope) : policy.delay(attempt, random);
            } catch (IOException e) {
                lastFailure = describe(e);
                lastCause = e;
                wait = policy.delay(attempt, random);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetriableSyncException("sending message " + envelope.messageId() + " to peer " + peerBaseUrl
                        + " was interrupted", e);
            }
            if (attempt < policy.attempts()) {
                log.warn("peer {} did not take message {} ({}): {}; retrying in {} ms (attempt {} of {})", peerBaseUrl,
                        envelope.messageId(), envelope.type(), lastFailure, wait.toMillis(), attempt + 1, policy.attempts());
                pause(wait, peerBaseUrl, envelope);
            }
        }
        throw new RetriableSyncException("peer " + peerBaseUrl + " unreachable after " + policy.attempts()
                + (policy.attempts() == 1 ? " attempt: " : " attempts: ") + lastFailure, lastCause);
    }

    private HttpRequest request(URI uri, Envelope e, byte[] secret) {
        return HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header(PeerHeaders.CONNECTION, e.connectionId())
                .header(PeerHeaders.MESSAGE_ID, e.messageId())
                .header(PeerHeaders.MESSAGE_TYPE, e.type())
                .header(PeerHeaders.TIMESTAMP, Long.toString(e.timestamp().toEpochMilli()))
                .header(PeerHeaders.SIGNATURE, MessageSigner.sign(secret, e))
                .POST(HttpRequest.BodyPublishers.ofByteArray(e.body()))
                .build();
    }

    /** The peer's Retry-After when it gave one within the cap; beyond the cap the caller should come back later. */
    private Duration rateLimitWait(HttpResponse<byte[]> response, int attempt, String peerBaseUrl, Envelope envelope) {
        Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(PeerClient::seconds);
        if (retryAfter.isEmpty()) {
            return policy.delay(attempt, random);
        }
        if (retryAfter.get().compareTo(policy.cap()) > 0) {
            throw new RateLimitedException("peer " + peerBaseUrl + " asked to wait " + retryAfter.get().toSeconds()
                    + " s before message " + envelope.messageId(), retryAfter.get());
        }
        return retryAfter.get();
    }

    private void pause(Duration wait, String peerBaseUrl, Envelope envelope) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableSyncException("sending message " + envelope.messageId() + " to peer " + peerBaseUrl
                    + " was interrupted while waiting to retry", e);
        }
    }

    private static URI messagesUri(String peerBaseUrl) {
        String base = peerBaseUrl == null ? "" : peerBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            URI uri = URI.create(base + PeerHeaders.MESSAGES_PATH);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new ConfigException("peer URL '" + peerBaseUrl + "' is not an absolute http(s) URL");
    }

    private static Optional<Duration> seconds(String value) {
        try {
            long s = Long.parseLong(value.strip());
            return s < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(s));
        } catch (NumberFormatException httpDateOrGarbage) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
