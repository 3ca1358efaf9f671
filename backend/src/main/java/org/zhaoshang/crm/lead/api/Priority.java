package org.zhaoshang.crm.lead.api;

public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
