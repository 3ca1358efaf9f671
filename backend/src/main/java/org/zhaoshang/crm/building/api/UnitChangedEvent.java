package org.zhaoshang.crm.building.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.building.api.value.UnitLayout;

import java.time.LocalDate;

/** A unit's layout as it now stands (floor, number, place on the floor, area, asking rent); its status is unchanged. */
@Revision("1")
public record UnitChangedEvent(String buildingId, String unitId, UnitLayout layout, String by, LocalDate on)
        implements BuildingEvent {
}
