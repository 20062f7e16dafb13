package io.entwine.emulator.core.faults;

import java.util.Map;

/**
 * The answer to a request that drew a fault, thrown from the emulator's first filter so no route runs;
 * {@link io.entwine.emulator.core.EmulatorServer} writes it (and its journal records it like any answer).
 */
public final class InjectedFault extends RuntimeException {
    private final int status;
    private final Map<String, String> headers;
    private final String body;

    InjectedFault(int status, Map<String, String> headers, String body) {
        super("injected fault: " + status + " " + body, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The JSON body. */
    public String body() {
        return body;
    }
}
