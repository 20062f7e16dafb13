package io.entwine.model.diff;

/**
 * Both sides changed one field differently since the previous replica. {@code field} is a standard field name,
 * {@code customFields.<key>} or {@code customKeys.<key>} for one map entry, or an extra's name. Values are as
 * the HubIssues hold them (a {@link io.entwine.api.replica.HubCustomField} for a custom field entry); any may be
 * null.
 *
 * @param localValue  the value on the local entity now
 * @param baseValue   what the previous replica maps onto ({@code afterPrevious})
 * @param remoteValue what the received replica maps onto ({@code afterReplica})
 */
public record FieldConflict(String field, Object localValue, Object baseValue, Object remoteValue) {
}
