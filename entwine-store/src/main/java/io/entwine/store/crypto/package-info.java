/**
 * Secrets at rest: {@link io.entwine.store.crypto.SecretCipher} seals the secrets the node stores (connection
 * signing keys) with AES-256-GCM, using a key that never enters the database; {@link io.entwine.store.crypto.KeyFile}
 * keeps that key in an owner-only file next to (not inside) the database directory. The stores seal on write and
 * open on read, so callers only ever see plain values.
 */
package io.entwine.store.crypto;
