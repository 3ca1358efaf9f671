package org.zhaoshang.crm.building.query;

import org.zhaoshang.crm.building.api.query.BuildingDetail.TaxYear;
import org.zhaoshang.crm.building.api.query.Vacancy;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.UnitState;
import org.zhaoshang.crm.building.state.YearTax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A building's vacancy on a day and its tax per m², as the list and the detail show them. */
final class BuildingFigures {

    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

    private BuildingFigures() {
    }

    /** The units by status on the day: a reservation whose day has passed counts as vacant. */
    static Vacancy vacancy(BuildingState state, LocalDate today) {
        BigDecimal vacant = BigDecimal.ZERO;
        BigDecimal reserved = BigDecimal.ZERO;
        BigDecimal let = BigDecimal.ZERO;
        for (UnitState unit : state.units()) {
            BigDecimal area = unit.layout().areaM2();
            if (unit.status() == UnitStatus.LET) {
                let = let.add(area);
            } else if (unit.freeOn(today)) {
                vacant = vacant.add(area);
            } else {
                reserved = reserved.add(area);
            }
        }
        return Vacancy.of(state.profile().commercialAreaM2(), vacant, reserved, let);
    }

    /** The year's tax per m² of commercial area in yuan, 2 decimals; null without tax or area. */
    static BigDecimal taxPerM2Yuan(BigDecimal yearWan, BigDecimal commercialAreaM2) {
        if (yearWan == null || commercialAreaM2 == null || commercialAreaM2.signum() <= 0) {
            return null;
        }
        return yearWan.multiply(YUAN_PER_WAN).divide(commercialAreaM2, 2, RoundingMode.HALF_UP);
    }

    static TaxYear taxYear(YearTax tax, BigDecimal commercialAreaM2) {
        return new TaxYear(tax.year(), tax.totalWan(), tax.months(), tax.tier(),
                           taxPerM2Yuan(tax.totalWan(), commercialAreaM2));
    }
}
