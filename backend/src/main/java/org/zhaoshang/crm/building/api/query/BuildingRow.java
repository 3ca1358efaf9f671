package org.zhaoshang.crm.building.api.query;

import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;

/**
 * One building in the list.
 *
 * @param managerName  the building manager's display name (null when none is named)
 * @param taxWan       the list's year's tax (null: none recorded)
 * @param tier         the list's year's tier
 * @param taxPerM2Yuan the year's tax per m² of commercial area, yuan
 */
public record BuildingRow(String buildingId, String nameZh, String nameEn, BuildingKind kind, TargetZone zone,
                          String manager, String managerName, int units, Vacancy vacancy, BigDecimal taxWan,
                          TaxTier tier, BigDecimal taxPerM2Yuan) {
}
