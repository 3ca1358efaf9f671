package org.zhaoshang.crm.notification.inbox;

/** Where a delivery stands: waiting (or retrying), sent, or given up after its last attempt. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
