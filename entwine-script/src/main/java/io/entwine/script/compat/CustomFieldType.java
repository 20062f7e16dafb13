package io.entwine.script.compat;

import io.entwine.api.replica.HubCustomField;
import io.entwine.api.replica.ReplicaConvertible;

/**
 * {@code com.exalate.api.domain.hubobject.v1_2.HubCustomFieldType}: the vendor's custom field types, each standing
 * for Entwine's type hint ({@code icf.type = HubCustomFieldType.NUMERIC} sets the hint {@code number}).
 */
public enum CustomFieldType implements ReplicaConvertible {
    STRING(HubCustomField.TEXT), TEXT(HubCustomField.TEXT), NUMERIC(HubCustomField.NUMBER), DATE(HubCustomField.DATE),
    DATETIME(HubCustomField.DATETIME), OPTION(HubCustomField.OPTION), MULTI_OPTION(HubCustomField.OPTIONS),
    OPTIONS(HubCustomField.OPTIONS), CASCADING_OPTION(HubCustomField.CASCADING), USER(HubCustomField.USER),
    MULTI_USER(HubCustomField.USERS), LABELS("labels"), UNKNOWN(null);

    private final String hint;

    CustomFieldType(String hint) {
        this.hint = hint;
    }

    /** The type hint this stands for. */
    public String hint() {
        return hint;
    }

    @Override
    public Object toReplicaValue() {
        return hint;
    }
}
