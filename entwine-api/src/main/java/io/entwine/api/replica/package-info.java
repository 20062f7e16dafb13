/**
 * The replica ("hub issue") model: the neutral shape of one entity that rules read and write.
 *
 * <p>These objects are script-facing and therefore mutable ({@code replica.summary = issue.summary});
 * once a rule run ends, the engine freezes a replica into its versioned JSON form
 * ({@code entwine-model}), and that immutable form is what travels and is stored. Small value parts
 * (user, status, priority, label, component, version...) are immutable records with JavaBean getters so that
 * Groovy's {@code status.name} works; sub-objects scripts edit in place (comments, attachments, work logs, links,
 * options, custom fields) are mutable classes with a {@code copy()}. Setters are lenient ({@code Lenient},
 * {@code LenientTime}, {@code CustomFieldValues}) and accept a {@link io.entwine.api.replica.ReplicaConvertible}
 * wherever the value it stands for fits.
 */
package io.entwine.api.replica;
