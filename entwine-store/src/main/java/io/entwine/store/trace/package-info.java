/** Traces: local and remote ids of a twin's sub-objects (comments, attachments, work logs), paired one to one. */
package io.entwine.store.trace;
