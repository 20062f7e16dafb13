/**
 * Persistence of a node: {@link io.entwine.store.Database} (pool, migrations, dialect, transactions) and
 * {@link io.entwine.store.StoreTx} (the stores bound to one transaction). Each capability has its own
 * sub-package: connections, rules, twins, traces, the sync queue, received messages, cursors, the error log,
 * settings and admin tokens; {@code crypto} seals stored secrets with a key kept outside the database.
 * All data crossing the API are records; times are {@link java.time.Instant}s; JSON is a String.
 */
package io.entwine.store;
