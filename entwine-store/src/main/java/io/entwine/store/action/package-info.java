/**
 * What the engine records to carry out the actions rules ask for: tracker-side steps already done per event (so a
 * retry does not repeat them), twins waiting for their parent, and the remote ids of twins.
 */
package io.entwine.store.action;
