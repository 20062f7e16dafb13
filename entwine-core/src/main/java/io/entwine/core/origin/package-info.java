/**
 * Exactly-once creation on the local tracker: the origin keys the engine marks created entities and comments with,
 * and the adopt-or-create step that, on a retried event (a crash or an unknown outcome before the key was recorded),
 * looks the marker up and adopts what an earlier attempt created instead of creating it again.
 */
package io.entwine.core.origin;
