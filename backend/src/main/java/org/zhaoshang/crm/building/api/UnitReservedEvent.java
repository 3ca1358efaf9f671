package org.zhaoshang.crm.building.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A vacant unit was reserved (预留) for a lead at INTENT or later, until a day (it lapses after it). */
@Revision("1")
public record UnitReservedEvent(String buildingId, String unitId, String leadId, LocalDate until, String by,
                                LocalDate on) implements BuildingEvent {
}
