/**
 * Fault modes shared by every tracker emulator: rate-limit answers with {@code Retry-After}, 5xx answers, slow
 * answers and requests held past a client's timeout, drawn from a seeded schedule and scoped to the callers a
 * test chooses (usually the integration user). {@link io.entwine.emulator.core.EmulatorServer} applies them before
 * any route runs, so an emulator gets them without code of its own. The ledger of {@code Retry-After} windows
 * proves that a client respects rate limits: every request that arrives while a wait is in force is counted.
 * Lost webhooks are {@link io.entwine.emulator.core.WebhookDispatcher}'s job.
 */
package io.entwine.emulator.core.faults;
