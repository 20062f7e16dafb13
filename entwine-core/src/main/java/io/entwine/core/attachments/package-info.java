/**
 * Attachment content, which travels beside the replica, never in it: the sending node spools each attachment's
 * bytes from its tracker into its data directory while computing their SHA-256 (the replica carries that hash and
 * the metadata only) and serves them to its peer over a signed node-to-node GET; the receiving node streams them to
 * a temporary file while hashing, checks the hash (one retry on a mismatch, then an entity-level error naming the
 * attachment) and uploads the file through its connector. Nothing here holds a whole file in memory.
 */
package io.entwine.core.attachments;
