/** Admin API tokens as stored: an id, a name and a salted hash of the token's secret, never the token itself. */
package io.entwine.store.admintoken;
