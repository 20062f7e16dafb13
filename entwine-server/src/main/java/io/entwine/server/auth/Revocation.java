package io.entwine.server.auth;

/** What {@link AdminTokens#revoke} did. */
public enum Revocation {
    REVOKED,
    UNKNOWN,
    ALREADY_REVOKED,
    /** Refused: it is the last valid token, and revoking it would lock every admin out of the API. */
    LAST_ACTIVE
}
