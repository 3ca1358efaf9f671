package org.zhaoshang.crm.building.api.query;

import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;

import java.time.LocalDate;
import java.util.List;

/** A unit's facts, the latest first. */
public record UnitHistory(String buildingId, String unitId, List<Entry> entries) {

    public UnitHistory {
        entries = List.copyOf(entries);
    }

    public enum Change {
        ADDED, CHANGED, RESERVED, RESERVATION_ENDED, LET, VACATED
    }

    /**
     * One fact.
     *
     * @param on       the day it was recorded
     * @param by       who recorded it, and their display name
     * @param day      the day it says: the reservation's last day, the let's first, the day vacated
     * @param layout   ADDED, CHANGED
     * @param leadId   RESERVED, RESERVATION_ENDED (when the caller may see the lead)
     * @param leadName its company's shown name
     * @param tenant   LET, VACATED
     * @param ended    RESERVATION_ENDED
     */
    public record Entry(LocalDate on, String by, String byName, Change change, LocalDate day, UnitLayout layout,
                        String leadId, String leadName, Tenant tenant, ReservationEnd ended) {
    }
}
