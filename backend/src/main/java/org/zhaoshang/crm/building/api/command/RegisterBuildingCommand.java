package org.zhaoshang.crm.building.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Enters a building or park into the building library; managers only. */
public record RegisterBuildingCommand(@TargetAggregateIdentifier String buildingId, BuildingProfile profile)
        implements BuildingInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.identifier("buildingId", buildingId).required("profile", profile);
        return profile == null ? violations : profile.validate(violations);
    }
}
