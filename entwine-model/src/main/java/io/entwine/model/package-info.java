/**
 * The replica's frozen, versioned JSON form and the field semantics the sync engine needs.
 *
 * <p>The script-facing, mutable {@link io.entwine.api.replica.HubIssue} lives in {@code entwine-api}; this
 * module turns it into the JSON that travels between nodes and is stored ({@link io.entwine.model.codec}),
 * and says when two replicas or two entities differ and how concurrent edits merge
 * ({@link io.entwine.model.diff}). This package holds only what both share: the property names.
 */
package io.entwine.model;
