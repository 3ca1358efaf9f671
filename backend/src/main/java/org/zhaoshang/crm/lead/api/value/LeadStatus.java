package org.zhaoshang.crm.lead.api.value;

/** Beside its stage, a lead is worked on, paused or given up. */
public enum LeadStatus {
    OPEN,
    ON_HOLD,
    LOST
}
