package org.zhaoshang.crm.building.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lets units (one, or adjacent ones together) to a tenant from a day, all or none: each vacant, or reserved for the
 * tenant's lead. A unit already let is refused.
 *
 * @param from             the day the tenant moved in (not after today)
 * @param rentYuanPerM2Day the agreed rent, when known
 */
public record LetUnitCommand(@TargetAggregateIdentifier String buildingId, String unitId, List<String> withUnits,
                             Tenant tenant, LocalDate from, BigDecimal rentYuanPerM2Day,
                             @TargetAggregateVersion Long expectedVersion) implements BuildingInput {

    public LetUnitCommand {
        // not List.copyOf: an empty place in the list is an invalid unit id (withUnits[i]), not a failure
        withUnits = withUnits == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(withUnits));
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        BuildingInput.units(violations, unitId, withUnits).required("tenant", tenant)
                     .required("from", from).notAfter("from", from, today)
                     .check(from == null || !from.isBefore(Commitments.FIRST_DAY), "from", "range",
                            "must be " + Commitments.FIRST_DAY + " or later")
                     .positiveAtMost("rentYuanPerM2Day", rentYuanPerM2Day, UnitLayout.MAX_RENT_YUAN_PER_M2_DAY);
        return tenant == null ? violations : tenant.validate(violations);
    }
}
