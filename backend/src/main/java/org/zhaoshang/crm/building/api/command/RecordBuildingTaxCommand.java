package org.zhaoshang.crm.building.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Records the tax a building's tenants paid in a year (month null) or a month, 万元; managers only. A year or month
 * that has not begun is refused.
 */
public record RecordBuildingTaxCommand(@TargetAggregateIdentifier String buildingId, int year, Integer month,
                                       BigDecimal amountWan, TaxSource source,
                                       @TargetAggregateVersion Long expectedVersion) implements BuildingInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.between("year", year, Commitments.FIRST_DAY.getYear(), today.getYear())
                  .between("month", month, 1, 12)
                  .required("amountWan", amountWan)
                  .between("amountWan", amountWan, 0, Commitments.MAX_AMOUNT_WAN)
                  .required("source", source);
        if (month != null && month >= 1 && month <= 12 && year <= today.getYear()) {
            violations.check(!YearMonth.of(year, month).isAfter(YearMonth.from(today)), "month", "not-future",
                             "must not be after this month");
        }
        return violations;
    }
}
