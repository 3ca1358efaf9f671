package org.zhaoshang.crm.building.api.value;

/** An office building (楼宇) or a park (园区) of several buildings. */
public enum BuildingKind {
    BUILDING,
    PARK
}
