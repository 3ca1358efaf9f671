package org.zhaoshang.crm.building.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Replaces a unit's layout (floor, number, place, area, asking rent); its status and tenant stay. */
public record ChangeUnitCommand(@TargetAggregateIdentifier String buildingId, String unitId, UnitLayout layout,
                                @TargetAggregateVersion Long expectedVersion) implements BuildingInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.identifier("unitId", unitId).required("layout", layout);
        return layout == null ? violations : layout.validate(violations);
    }
}
