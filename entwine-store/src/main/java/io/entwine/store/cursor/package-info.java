/** Polling cursors: how far each change feed has been read. */
package io.entwine.store.cursor;
