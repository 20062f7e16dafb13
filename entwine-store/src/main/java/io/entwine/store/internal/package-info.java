/**
 * Plumbing of the store that is not API: Jdbi set-up, exception translation, the Java migration, shared
 * table helpers. Other modules must not use these classes.
 */
package io.entwine.store.internal;
