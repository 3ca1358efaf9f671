package org.zhaoshang.crm.lead.api.value;

public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
