/** Bulk jobs: the persisted progress of background bulk operations (sync all matching, connect pairs, unsync). */
package io.entwine.store.bulk;
