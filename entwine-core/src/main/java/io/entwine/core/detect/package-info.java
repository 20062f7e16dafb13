/**
 * Change detection: webhooks are the fast path, a polling sweep from a persisted cursor (with the
 * connector's overlap window) catches whatever webhooks miss. Both feed {@link io.entwine.core.detect.ChangeIntake},
 * which de-duplicates by entity and tracker timestamp and queues one local-change event per twin.
 */
package io.entwine.core.detect;
