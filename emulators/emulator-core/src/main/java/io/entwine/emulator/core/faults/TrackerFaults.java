package io.entwine.emulator.core.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The fault modes of one emulator, configured at runtime by tests: the next N requests, or each request with a
 * probability (seeded), get a {@link Fault}. Only requests in {@link #scope(Predicate) scope} are touched (by
 * default every request; tests usually pick the integration user's {@code Authorization}, so the people in the
 * test keep working normally).
 *
 * <p>A rate-limit fault puts its {@code Retry-After} in force: until it elapses every request in scope is refused
 * with 429 again and counted as {@linkplain #earlyRequests() early}. A client that respects rate limits leaves that
 * count at zero.
 *
 * <p>Thread-safe. {@link #admit} is called on the server's request threads and blocks for slow and held answers;
 * the other methods may be called from any thread at any time. {@link #clear()} heals: no new faults are drawn,
 * waits already told stay in force until they elapse, counts are kept.
 */
public final class TrackerFaults {
    private final Clock clock;
    private final Sleeper sleeper;
    private final FaultRules rules = new FaultRules();
    private final RetryAfterLedger ledger = new RetryAfterLedger();
    private final Map<String, AtomicLong> injected = new ConcurrentHashMap<>();
    private final AtomicInteger pausedNow = new AtomicInteger();
    private volatile Predicate<FaultRequest> scope = request -> true;

    public TrackerFaults(Clock clock, Sleeper sleeper) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Faults touch only requests this predicate accepts; rate-limit waits are tracked for them alone. */
    public TrackerFaults scope(Predicate<FaultRequest> scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
        return this;
    }

    /** Restarts the random draws of {@link #withProbability} from {@code seed} (the default seed is 0). */
    public TrackerFaults seed(long seed) {
        rules.seed(seed);
        return this;
    }

    /** The next {@code count} requests in scope get {@code fault} (after bursts queued earlier). */
    public TrackerFaults next(int count, Fault fault) {
        rules.next(count, Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Each request in scope gets {@code fault} with this probability; several such rules form one mix (sum at most 1). */
    public TrackerFaults withProbability(double probability, Fault fault) {
        rules.withProbability(probability, Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Heals: no more faults are drawn. Waits already told stay in force until they elapse; counts are kept. */
    public void clear() {
        rules.clear();
    }

    /** True when no fault rule is configured (waits may still be in force). */
    public boolean healed() {
        return rules.isEmpty();
    }

    /**
     * Applies the faults to one request before any route runs: returns normally when the request may be served
     * (possibly after a delay), or throws the {@link InjectedFault} to answer instead.
     *
     * @throws InjectedFault when the request is refused (429, 5xx, or 504 after being held)
     */
    public void admit(FaultRequest request) {
        if (!scope.test(request)) return;
        Instant now = clock.instant();
        Duration wait = ledger.remaining(now);
        if (wait != null) {
            ledger.arrivedEarly(request, now);
            throw FaultAnswers.rateLimited(wait, now);
        }
        Fault fault = rules.draw();
        if (fault == null) return;
        injected.computeIfAbsent(fault.kind(), k -> new AtomicLong()).incrementAndGet();
        if (fault instanceof Fault.RateLimited limited) {
            ledger.imposed(now, limited.retryAfter());
            throw FaultAnswers.rateLimited(limited.retryAfter(), now);
        }
        if (fault instanceof Fault.ServerError error) throw FaultAnswers.serverError(error.status());
        if (fault instanceof Fault.Slow slow) pause(slow.delay());
        if (fault instanceof Fault.Timeout timeout) {
            pause(timeout.hold());
            throw FaultAnswers.timedOut();
        }
    }

    private void pause(Duration duration) {
        pausedNow.incrementAndGet();
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FaultAnswers.serverError(503);
        } finally {
            pausedNow.decrementAndGet();
        }
    }

    /** Requests being slowed down or held right now; a test waits for zero before counting what was applied. */
    public int pausedNow() {
        return pausedNow.get();
    }

    /** How many requests drew each kind of fault ({@link Fault#kind()}); in-force 429s are not draws. */
    public Map<String, Long> injected() {
        Map<String, Long> counts = new TreeMap<>();
        injected.forEach((kind, n) -> counts.put(kind, n.get()));
        return counts;
    }

    public long injected(String kind) {
        AtomicLong n = injected.get(kind);
        return n == null ? 0 : n.get();
    }

    /** True while a {@code Retry-After} told to a client has not elapsed. */
    public boolean retryAfterInForce() {
        return ledger.remaining(clock.instant()) != null;
    }

    /** How many {@code Retry-After} waits were told by rate-limit faults. */
    public long retryAfterWaits() {
        return ledger.waitsImposed();
    }

    /** Requests in scope that arrived while a {@code Retry-After} was in force: zero for a client that waits as told. */
    public long earlyRequestCount() {
        return ledger.earlyCount();
    }

    /** The first thousand early requests, for the failure message. */
    public List<EarlyRequest> earlyRequests() {
        return ledger.early();
    }
}
