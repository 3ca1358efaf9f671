package org.zhaoshang.crm.building.api.query;

import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.TaxTier;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A building as it stands.
 *
 * @param floors    the stacking plan: every floor from the top down (floors without units too), units by place
 * @param taxYears  the tax and tier of each year recorded, the latest first
 * @param version   give it as {@code expectedVersion} to change the building safely
 * @param mayChange whether the caller may change it (a manager, or its building manager)
 * @param mayLet    whether the caller may reserve and let its units
 */
public record BuildingDetail(String buildingId, BuildingProfile profile, String managerName, Vacancy vacancy,
                             List<FloorPlan> floors, List<TaxYear> taxYears, long version, boolean mayChange,
                             boolean mayLet) {

    public BuildingDetail {
        floors = List.copyOf(floors);
        taxYears = List.copyOf(taxYears);
    }

    public record FloorPlan(int floor, List<UnitView> units) {

        public FloorPlan {
            units = List.copyOf(units);
        }
    }

    /**
     * @param yearWan      the year's tax (its figure, or the sum of its months)
     * @param monthsWan    the months recorded
     * @param taxPerM2Yuan the year's tax per m² of commercial area, yuan
     */
    public record TaxYear(int year, BigDecimal yearWan, Map<Integer, BigDecimal> monthsWan, TaxTier tier,
                          BigDecimal taxPerM2Yuan) {

        public TaxYear {
            monthsWan = Collections.unmodifiableMap(new TreeMap<>(monthsWan));
        }
    }
}
