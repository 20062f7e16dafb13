package io.entwine.connector.support;

import io.entwine.api.errors.ConfigException;
import io.entwine.api.errors.EntityException;
import io.entwine.api.errors.EntityNotFoundException;
import io.entwine.api.errors.SyncException;

/**
 * Turns a tracker's non-retried error status into the shared error taxonomy. Every message names the tracker,
 * the call ({@code "GET /issue/X-1"}) and the status, and quotes the tracker's reason where it gave one.
 */
final class ErrorMapping {

    private ErrorMapping() {
    }

    /**
     * @param tracker the tracker's display name
     * @param call    method and path, without the query
     * @param path    the path the call was made on, used as the not-found key
     * @param reason  the tracker's own message (see {@link TrackerErrorMessages})
     */
    static SyncException failure(String tracker, String call, String path, int status, String reason) {
        return switch (status) {
            case 401 -> new ConfigException(tracker + " rejected the credentials for " + call + " (401)");
            case 403 -> new EntityException(tracker + " denied " + call + " (403): " + reason);
            case 404 -> new EntityNotFoundException(path, tracker + " found nothing at " + call + " (404): " + reason);
            default -> new EntityException(tracker + " refused " + call + " (" + status + "): " + reason);
        };
    }
}
