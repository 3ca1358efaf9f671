package org.zhaoshang.crm.space.api;

import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit, or adjacent units on one floor taken together, that could house a company.
 *
 * @param unitIds             the units, by place on the floor
 * @param unitNumbers         their numbers, in the same order
 * @param areaM2              their area together
 * @param askingRentYuanPerM2Day their asking rent, weighted by area (null when a unit has none)
 * @param score               0 to 100, higher fits better
 * @param reasons             why it ranks where it does, best first
 */
public record SpaceMatch(String buildingId, String buildingNameZh, String buildingNameEn, TargetZone zone,
                         TaxTier tier, int floor, List<String> unitIds, List<String> unitNumbers, BigDecimal areaM2,
                         BigDecimal askingRentYuanPerM2Day, int score, List<MatchReason> reasons) {

    public SpaceMatch {
        unitIds = List.copyOf(unitIds);
        unitNumbers = List.copyOf(unitNumbers);
        reasons = List.copyOf(reasons);
    }
}
