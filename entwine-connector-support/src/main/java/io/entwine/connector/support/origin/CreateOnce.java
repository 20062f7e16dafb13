package io.entwine.connector.support.origin;

import io.entwine.connector.support.OutcomeUnknownException;
import io.entwine.connector.support.TrackerHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a marked create at most until it is known to have happened: when the create's outcome is unknown
 * ({@link OutcomeUnknownException}: answer lost, or 5xx), the marker is looked up (when the answer was lost, only
 * after the client's settle time, since the tracker may still be applying the request); found, the existing entity is
 * adopted; not found, the create is sent again after the client's backoff, up to the client's attempt limit.
 *
 * <p>Blocking, thread-safe (stateless). Fails with the last {@link OutcomeUnknownException} when every attempt's
 * outcome stayed unknown and nothing was found (the engine retries the event later and looks up first), or with
 * whatever the look-up throws.
 */
public final class CreateOnce {
    private static final Logger log = LoggerFactory.getLogger(CreateOnce.class);

    private CreateOnce() {
    }

    public static <T> T create(TrackerHttp http, String call, Supplier<T> create, Supplier<Optional<T>> lookUp) {
        for (int attempt = 1; ; attempt++) {
            try {
                return create.get();
            } catch (OutcomeUnknownException unknown) {
                if (unknown.answerLost()) http.waitForLostRequestToSettle(call);
                Optional<T> found = lookUp.get();
                if (found.isPresent()) {
                    log.info("{} {}: the answer was lost but the tracker holds what it created; adopting it", http.trackerName(), call);
                    return found.get();
                }
                if (attempt >= http.maxAttempts()) throw unknown;
                http.waitBeforeRetry(call, "had an unknown outcome and made nothing", attempt);
            }
        }
    }
}
