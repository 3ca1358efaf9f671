package org.zhaoshang.crm.building.api.query;

import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;

/**
 * The buildings by zone, tier in a year, and text in either name or the address (each null: any), by name. Answers
 * {@link BuildingList}.
 *
 * @param tier a building is in a tier when it reached it or a higher one ({@link TaxTier#atLeast})
 * @param year the year whose tax and tier are shown and filtered (null: the bureau's running year)
 * @param mine only the buildings the caller manages (楼长)
 */
public record FindBuildingsQuery(TargetZone zone, TaxTier tier, String text, Integer year, boolean mine) {
}
