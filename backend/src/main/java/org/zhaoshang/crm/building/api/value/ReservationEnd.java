package org.zhaoshang.crm.building.api.value;

/** Why a reservation ended without a let. */
public enum ReservationEnd {
    /** a person released it */
    RELEASED,
    /** its lead was lost */
    LEAD_LOST,
    /** its day passed */
    EXPIRED
}
