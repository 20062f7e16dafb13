/**
 * The sync engine. {@link io.entwine.core.Node} composes one node's services by hand (no DI framework):
 * change detection ({@code detect}) feeds the durable queue; workers ({@code queue}) run the outgoing side
 * ({@code outgoing}: rules, diff against the last sent replica, send) and the incoming side
 * ({@code incoming}: verify, de-duplicate, rules with field-level merge, write, acknowledge);
 * {@code connection} sets up connections by invitation; {@code protocol} is the node-to-node message format.
 */
package io.entwine.core;
