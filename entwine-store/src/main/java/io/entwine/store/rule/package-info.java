/** The connection's rules (outgoing and incoming scripts), versioned, with one active version per direction. */
package io.entwine.store.rule;
