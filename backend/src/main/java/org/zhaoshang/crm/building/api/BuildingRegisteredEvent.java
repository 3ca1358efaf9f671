package org.zhaoshang.crm.building.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.building.api.value.BuildingProfile;

import java.time.LocalDate;

/** A manager (or an import) entered a building or park into the district's building library (楼宇库). */
@Revision("1")
public record BuildingRegisteredEvent(String buildingId, BuildingProfile profile, String by, LocalDate on)
        implements BuildingEvent {
}
