package org.zhaoshang.crm.building.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Replaces the building's profile; managers, and its building manager (but not the manager named). */
public record ChangeBuildingProfileCommand(@TargetAggregateIdentifier String buildingId, BuildingProfile profile,
                                           @TargetAggregateVersion Long expectedVersion) implements BuildingInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.required("profile", profile);
        return profile == null ? violations : profile.validate(violations);
    }
}
