package org.zhaoshang.crm.building.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.building.api.value.ReservationEnd;

import java.time.LocalDate;

/** A unit's reservation for a lead ended without a let: released by a person, the lead lost, or its day passed. */
@Revision("1")
public record UnitReservationEndedEvent(String buildingId, String unitId, String leadId, ReservationEnd reason,
                                        String by, LocalDate on) implements BuildingEvent {
}
