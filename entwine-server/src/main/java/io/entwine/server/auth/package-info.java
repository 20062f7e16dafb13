/**
 * Admin API tokens: made, checked and revoked here, stored only as a salted hash
 * ({@link io.entwine.store.admintoken}). The HTTP layer asks {@link io.entwine.server.auth.AdminTokens#verify} on
 * every admin call.
 */
package io.entwine.server.auth;
