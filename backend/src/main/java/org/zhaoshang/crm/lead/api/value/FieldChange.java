package org.zhaoshang.crm.lead.api.value;

/** A field an event changed: its value before and after (null when it had none or has none now). */
public record FieldChange(String field, Object before, Object after) {
}
