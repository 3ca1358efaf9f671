package org.zhaoshang.crm.building.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Records that a let unit's tenant moved out on a day (not after today, not before they moved in). */
public record VacateUnitCommand(@TargetAggregateIdentifier String buildingId, String unitId, LocalDate vacatedOn,
                                @TargetAggregateVersion Long expectedVersion) implements BuildingInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.identifier("unitId", unitId).required("vacatedOn", vacatedOn)
                         .notAfter("vacatedOn", vacatedOn, today);
    }
}
