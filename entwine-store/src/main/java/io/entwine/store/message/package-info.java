/** De-duplication of node messages received from peers. */
package io.entwine.store.message;
