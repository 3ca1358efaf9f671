package org.zhaoshang.crm.building.api.value;

/** Where a unit stands: 空置, 预留 (for a lead), 已租. */
public enum UnitStatus {
    VACANT,
    RESERVED,
    LET
}
