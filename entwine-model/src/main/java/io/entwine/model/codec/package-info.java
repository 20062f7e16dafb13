/**
 * The versioned JSON form of a replica ({@code entwine/replica/v1}): {@link io.entwine.model.codec.ReplicaCodec}
 * freezes a script-facing {@link io.entwine.api.replica.HubIssue} into canonical JSON and reads it back,
 * {@link io.entwine.model.codec.ReplicaValues} does the same for the arbitrary script values inside it, and
 * {@link io.entwine.model.codec.ReplicaFormatException} names what was wrong and where (as a JSON path).
 * Everything here is stateless and thread-safe; the package-private classes are the writer and reader.
 */
package io.entwine.model.codec;
