/** Recorded field conflicts: every concurrent edit of one field found by a merge, and the open ones that block it. */
package io.entwine.store.conflict;
