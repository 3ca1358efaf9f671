package org.zhaoshang.crm.space.match;

import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.UnitState;
import org.zhaoshang.crm.building.state.YearTax;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What matching keeps of a building: its names, zone, themes, tier in each year with tax, and its units as they stand.
 */
record MatchedBuilding(String buildingId, String nameZh, String nameEn, TargetZone zone, Set<Industry> themes,
                       Map<Integer, TaxTier> tiers, List<UnitState> units) {

    MatchedBuilding {
        // in a fixed order (Set.copyOf's and Map.copyOf's change from one JVM to the next): one document on every node
        themes = Collections.unmodifiableSet(themes == null || themes.isEmpty() ? EnumSet.noneOf(Industry.class)
                                                                                : EnumSet.copyOf(themes));
        tiers = Collections.unmodifiableMap(tiers == null ? new TreeMap<>() : new TreeMap<>(tiers));
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** Null for a building not registered. */
    static MatchedBuilding of(BuildingState building) {
        if (!building.registered()) {
            return null;
        }
        Map<Integer, TaxTier> tiers = new TreeMap<>();
        for (YearTax year : building.taxYears()) {
            tiers.put(year.year(), year.tier());
        }
        return new MatchedBuilding(building.buildingId(), building.profile().nameZh(), building.profile().nameEn(),
                                   building.profile().zone(), building.profile().themes(), tiers,
                                   List.copyOf(building.units()));
    }

    /** The running year's tier once it has tax recorded, else last year's. */
    TaxTier tierIn(int year) {
        TaxTier running = tiers.get(year);
        return running != null ? running : tiers.getOrDefault(year - 1, TaxTier.NONE);
    }
}
