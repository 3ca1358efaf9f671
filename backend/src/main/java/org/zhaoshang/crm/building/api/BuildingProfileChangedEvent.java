package org.zhaoshang.crm.building.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.building.api.value.BuildingProfile;

import java.time.LocalDate;

/** The building's profile as it now stands (names, zone, address, operator, manager, areas, floors, themes). */
@Revision("1")
public record BuildingProfileChangedEvent(String buildingId, BuildingProfile profile, String by, LocalDate on)
        implements BuildingEvent {
}
