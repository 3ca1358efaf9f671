package org.zhaoshang.crm.space.match;

import org.zhaoshang.crm.building.api.command.BuildingInput;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.state.UnitState;
import org.zhaoshang.crm.space.api.SpaceMatch;
import org.zhaoshang.crm.space.api.SpaceNeed;
import org.zhaoshang.crm.space.match.FreeSpace.Floor;
import org.zhaoshang.crm.space.match.FreeSpace.IndexedBuilding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the units free on a day that fit a need: single units, and runs of adjacent free units on one floor
 * (consecutive places, at most {@link BuildingInput#MAX_UNITS_TOGETHER}) whose area together is within the tolerance
 * of {@link Fit}; without a known need, single units only. Keeps the best per floor and the best
 * {@value #PER_BUILDING} floors per building, so that one large building does not fill the list.
 */
final class SpaceMatcher {

    static final int PER_BUILDING = 3;

    private SpaceMatcher() {
    }

    /** The best matches over every building, best first. */
    static List<SpaceMatch> matches(FreeSpace space, SpaceNeed need, LocalDate day, int limit) {
        List<Candidate> kept = new ArrayList<>();
        for (IndexedBuilding building : space.buildings()) {
            kept.addAll(inBuilding(building, need, day, PER_BUILDING));
        }
        return kept.stream().sorted(Candidate.BETTER_FIRST).limit(limit)
                   .map(candidate -> candidate.match(need, day)).toList();
    }

    /** The building's best match for the need, or null. */
    static SpaceMatch best(IndexedBuilding building, SpaceNeed need, LocalDate day) {
        List<Candidate> best = inBuilding(building, need, day, 1);
        return best.isEmpty() ? null : best.get(0).match(need, day);
    }

    /** The building's best candidates, at most one per floor and {@code floors} in all, best first. */
    private static List<Candidate> inBuilding(IndexedBuilding building, SpaceNeed need, LocalDate day, int floors) {
        MatchedBuilding matched = building.building();
        double needM2 = need.areaM2() == null ? Double.NaN : need.areaM2().doubleValue();
        double budget = need.maxRentYuanPerM2Day() == null ? Double.NaN
                        : need.maxRentYuanPerM2Day().doubleValue();
        boolean themed = need.industry() != null && matched.themes().contains(need.industry());
        TaxTier tier = matched.tierIn(day.getYear());
        List<Candidate> best = new ArrayList<>();
        for (Floor floor : building.floors()) {
            Candidate onFloor = null;
            int count = floor.units().size();
            boolean[] free = new boolean[count];
            for (int i = 0; i < count; i++) {
                free[i] = floor.units().get(i).freeOn(day);
            }
            for (int from = 0; from < count; from++) {
                if (!free[from]) {
                    continue;
                }
                double area = 0;
                double rentTimesArea = 0;
                boolean rentKnown = true;
                int most = Double.isNaN(needM2) ? 1 : BuildingInput.MAX_UNITS_TOGETHER;
                for (int to = from; to < count && to - from < most; to++) {
                    if (to > from && (!free[to] || floor.positions()[to] != floor.positions()[to - 1] + 1)) {
                        break;
                    }
                    area += floor.areas()[to];
                    rentKnown &= !Double.isNaN(floor.rents()[to]);
                    rentTimesArea += rentKnown ? floor.areas()[to] * floor.rents()[to] : 0;
                    if (!Double.isNaN(needM2) && area > needM2 * Fit.MOST_AREA) {
                        break;
                    }
                    if (Double.isNaN(needM2) || Fit.withinTolerance(area, needM2)) {
                        Fit fit = new Fit(needM2, area, need.zone(), matched.zone(), themed, budget,
                                          rentKnown ? rentTimesArea / area : Double.NaN, to - from + 1, tier);
                        Candidate candidate = new Candidate(building, floor, from, to - from + 1, fit);
                        if (onFloor == null || Candidate.BETTER_FIRST.compare(candidate, onFloor) < 0) {
                            onFloor = candidate;
                        }
                    }
                }
            }
            if (onFloor != null) {
                best.add(onFloor);
            }
        }
        return best.stream().sorted(Candidate.BETTER_FIRST).limit(floors).toList();
    }

    /** Units of a floor from the {@code from}th not let, {@code count} of them, and how they fit. */
    private record Candidate(IndexedBuilding building, Floor floor, int from, int count, Fit fit) {

        static final Comparator<Candidate> BETTER_FIRST =
                Comparator.comparing(Candidate::fit, Fit.BETTER_FIRST)
                          .thenComparing(candidate -> candidate.building().building().buildingId())
                          .thenComparingInt(candidate -> candidate.floor().floor())
                          .thenComparingInt(Candidate::from);

        SpaceMatch match(SpaceNeed need, LocalDate day) {
            MatchedBuilding matched = building.building();
            List<UnitState> units = floor.units().subList(from, from + count);
            BigDecimal area = BigDecimal.ZERO;
            BigDecimal rentTimesArea = BigDecimal.ZERO;
            boolean rentKnown = true;
            for (UnitState unit : units) {
                area = area.add(unit.layout().areaM2());
                BigDecimal rent = unit.layout().askingRentYuanPerM2Day();
                rentKnown &= rent != null;
                rentTimesArea = rentKnown ? rentTimesArea.add(rent.multiply(unit.layout().areaM2())) : rentTimesArea;
            }
            BigDecimal rent = rentKnown ? rentTimesArea.divide(area, 2, RoundingMode.HALF_UP) : null;
            TaxTier tier = matched.tierIn(day.getYear());
            return new SpaceMatch(matched.buildingId(), matched.nameZh(), matched.nameEn(), matched.zone(), tier,
                                  floor.floor(), units.stream().map(UnitState::unitId).toList(),
                                  units.stream().map(unit -> unit.layout().number()).toList(), area, rent,
                                  fit.score(),
                                  fit.reasons(area, need.areaM2(), need.zone(), matched.zone(), need.industry(),
                                              rent, need.maxRentYuanPerM2Day(), tier));
        }
    }
}
