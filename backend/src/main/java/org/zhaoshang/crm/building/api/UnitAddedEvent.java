package org.zhaoshang.crm.building.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.building.api.value.UnitLayout;

import java.time.LocalDate;

/** A unit (单元) was added to a floor of the building, vacant. */
@Revision("1")
public record UnitAddedEvent(String buildingId, String unitId, UnitLayout layout, String by, LocalDate on)
        implements BuildingEvent {
}
