/**
 * Errors raised by rules. {@link io.entwine.script.errors.RuleException} (and its compile and timeout
 * subtypes) is connection-level: the script must be fixed. An
 * {@link io.entwine.api.errors.EntityException} thrown by a script and a
 * {@link io.entwine.api.errors.RetriableSyncException} raised by a helper's tracker call pass through
 * the engine unchanged, so the usual classification (block one twin, retry later) applies to them.
 */
package io.entwine.script.errors;
