package org.zhaoshang.crm.space.api;

import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;

/**
 * What a company needs: floor space, zone, industry (for themed buildings) and a budget; each null when unknown.
 *
 * @param maxRentYuanPerM2Day the most rent it would pay, yuan per m² per day
 */
public record SpaceNeed(BigDecimal areaM2, TargetZone zone, Industry industry, BigDecimal maxRentYuanPerM2Day) {

    public Violations validate(Violations violations) {
        return violations.positiveAtMost("areaM2", areaM2, BuildingProfile.MAX_AREA_M2)
                         .positiveAtMost("maxRentYuanPerM2Day", maxRentYuanPerM2Day,
                                         UnitLayout.MAX_RENT_YUAN_PER_M2_DAY);
    }

    /** This need with the given values where they are not null. */
    public SpaceNeed overriddenBy(SpaceNeed given) {
        return new SpaceNeed(given.areaM2 != null ? given.areaM2 : areaM2, given.zone != null ? given.zone : zone,
                             given.industry != null ? given.industry : industry,
                             given.maxRentYuanPerM2Day != null ? given.maxRentYuanPerM2Day : maxRentYuanPerM2Day);
    }
}
