/**
 * When two replicas or two entities differ, and how concurrent edits merge. {@link io.entwine.model.diff.FieldSemantics}
 * is the one place that says when two values of a field are the same (names case-insensitively, users by key or
 * e-mail, labels and assignees as sets, comments by id...); {@link io.entwine.model.diff.ReplicaDiff} (echo
 * suppression), {@link io.entwine.model.diff.EntityDiff} (what an update must write) and
 * {@link io.entwine.model.diff.FieldMerge} (field-level merge against the previous replica) only apply it.
 * Everything here is stateless and thread-safe; the HubIssues passed in are read, never changed.
 */
package io.entwine.model.diff;
