package org.zhaoshang.crm.space.match;

import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.building.state.UnitState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The buildings' units that are not let, floor by floor in their order along the floor, with their areas and rents as
 * numbers for the search; and the leads that are tenants now. Immutable: built from the read model when it moved.
 */
final class FreeSpace {

    static final FreeSpace EMPTY = new FreeSpace(List.of());

    private final List<IndexedBuilding> buildings;
    private final Map<String, IndexedBuilding> byId = new LinkedHashMap<>();
    private final Set<String> tenantLeads = new HashSet<>();

    FreeSpace(Collection<MatchedBuilding> matched) {
        List<IndexedBuilding> indexed = new ArrayList<>();
        for (MatchedBuilding building : matched.stream().sorted(Comparator.comparing(MatchedBuilding::buildingId))
                                               .toList()) {
            Map<Integer, List<UnitState>> floors = new TreeMap<>();
            for (UnitState unit : building.units()) {
                if (unit.status() == UnitStatus.LET) {
                    if (unit.tenant() != null && unit.tenant().ours()) {
                        tenantLeads.add(unit.tenant().leadId());
                    }
                } else {
                    floors.computeIfAbsent(unit.layout().floor(), floor -> new ArrayList<>()).add(unit);
                }
            }
            List<Floor> kept = floors.entrySet().stream().map(entry -> Floor.of(entry.getKey(), entry.getValue()))
                                     .toList();
            IndexedBuilding entry = new IndexedBuilding(building, kept);
            indexed.add(entry);
            byId.put(building.buildingId(), entry);
        }
        this.buildings = List.copyOf(indexed);
    }

    List<IndexedBuilding> buildings() {
        return buildings;
    }

    IndexedBuilding building(String buildingId) {
        return byId.get(buildingId);
    }

    boolean tenant(String leadId) {
        return tenantLeads.contains(leadId);
    }

    int units() {
        return buildings.stream().mapToInt(building -> building.building().units().size()).sum();
    }

    record IndexedBuilding(MatchedBuilding building, List<Floor> floors) {
    }

    /**
     * A floor's units not let, by their place along the floor.
     *
     * @param rents each unit's asking rent, NaN when it has none
     */
    record Floor(int floor, List<UnitState> units, int[] positions, double[] areas, double[] rents) {

        static Floor of(int floor, List<UnitState> units) {
            List<UnitState> sorted = units.stream().sorted(Comparator.comparingInt(
                    (UnitState unit) -> unit.layout().position()).thenComparing(UnitState::unitId)).toList();
            int[] positions = new int[sorted.size()];
            double[] areas = new double[sorted.size()];
            double[] rents = new double[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                positions[i] = sorted.get(i).layout().position();
                areas[i] = sorted.get(i).layout().areaM2().doubleValue();
                BigDecimal rent = sorted.get(i).layout().askingRentYuanPerM2Day();
                rents[i] = rent == null ? Double.NaN : rent.doubleValue();
            }
            return new Floor(floor, sorted, positions, areas, rents);
        }
    }
}
