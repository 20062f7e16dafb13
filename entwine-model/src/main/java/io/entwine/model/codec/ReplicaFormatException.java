package io.entwine.model.codec;

import io.entwine.api.errors.SyncException;

/**
 * A replica could not be read or written: unsupported schema, malformed or oversized JSON, or a value of the
 * wrong shape. The message starts with the JSON path of the offending value ({@code replica.comments[2].created:
 * expected an ISO-8601 timestamp, got "yesterday"}); {@link #path()} gives that path alone. Permanent: the same
 * input fails the same way again.
 */
public class ReplicaFormatException extends SyncException {
    private final String path;

    /** A problem with the value at {@code path}; the message is {@code path + ": " + problem}. */
    public ReplicaFormatException(String path, String problem) {
        this(path, path + ": " + problem, null, true);
    }

    /** A problem with the value at {@code path}, caused by {@code cause} (a parser error, for example). */
    public ReplicaFormatException(String path, String problem, Throwable cause) {
        this(path, path + ": " + problem, cause, true);
    }

    // the flag only tells this constructor (message already complete) from the public one (path + problem)
    private ReplicaFormatException(String path, String message, Throwable cause, boolean complete) {
        super(message, cause);
        this.path = path;
    }

    /** A replica written in a newer schema than this node reads. */
    static ReplicaFormatException unsupportedSchema(String schema) {
        return new ReplicaFormatException(JsonPath.ROOT + "." + "$schema",
                "unsupported replica schema " + schema + "; this node reads v1", null, true);
    }

    /** The JSON path of the offending value, such as {@code replica.labels[0]}. */
    public String path() {
        return path;
    }
}
