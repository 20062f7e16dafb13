/**
 * Plumbing of the store that is not API: Jdbi set-up, exception translation, the Java migration, shared
 * table helpers, unlocking the sealed secrets at open. Other modules must not use these classes.
 */
package io.entwine.store.internal;
