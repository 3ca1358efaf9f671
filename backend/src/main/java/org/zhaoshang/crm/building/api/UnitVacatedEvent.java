package org.zhaoshang.crm.building.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.building.api.value.Tenant;

import java.time.LocalDate;

/** A tenant moved out of a unit on a day: the unit is vacant again. */
@Revision("1")
public record UnitVacatedEvent(String buildingId, String unitId, Tenant tenant, LocalDate vacatedOn, String by,
                               LocalDate on) implements BuildingEvent {
}
