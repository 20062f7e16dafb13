package io.entwine.transport;

import java.util.Arrays;

/**
 * The peer's answer to a delivered message: a 2xx, or 409 {@code {"status":"duplicate"}} when it already had it.
 *
 * @param status the HTTP status
 * @param body   the answer body, possibly empty
 */
public record PeerResponse(int status, byte[] body) {

    public PeerResponse {
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Whether the peer already had this message (a resend after a lost answer). */
    public boolean duplicate() {
        return status == PeerAnswers.DUPLICATE_STATUS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeerResponse r && status == r.status && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return 31 * status + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "PeerResponse[" + status + ", " + body.length + " bytes]";
    }
}
