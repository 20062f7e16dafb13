/**
 * The replica ("hub issue") model: the neutral shape of one entity that rules read and write.
 *
 * <p>These objects are script-facing and therefore mutable ({@code replica.summary = issue.summary});
 * once a rule run ends, the engine freezes a replica into its versioned JSON form
 * ({@code entwine-model}), and that immutable form is what travels and is stored. Small value parts
 * (user, status, priority, label...) are immutable records with JavaBean getters so that Groovy's
 * {@code status.name} works.
 */
package io.entwine.api.replica;
