package org.zhaoshang.crm.space.match;

import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.space.api.MatchReason;
import org.zhaoshang.crm.space.api.MatchReason.Code;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How well units taken together fit a need, as a score of 0 to 100 made of points:
 * <ul>
 * <li>area, 50: {@code 50 - 100 × |area / need - 1|} within the tolerance ({@value #LEAST_AREA} to {@value #MOST_AREA}
 * of the need; outside it the units are no match); within 10% it fits, further it is close; no need known: 25;
 * <li>zone, 20: the zone asked for 20, another zone 0 (ranked lower, not left out), none asked for 10;
 * <li>a building themed for the company's industry, 10;
 * <li>budget, 10: the asking rent within the budget 10, over it 0, no budget or no rent known 5;
 * <li>units, 5: one unit 5, two adjacent 4, three 3 and so on down to 0 (fewer walls to move);
 * <li>a 亿元楼 or 月亿楼 (the running year's tier, or last year's while the running one has no tax), 5.
 * </ul>
 * The numbers are doubles (a search scores many combinations); the reasons are worded only for the matches kept.
 */
final class Fit {

    static final double LEAST_AREA = 0.85;
    static final double MOST_AREA = 1.30;
    private static final double FITS = 0.10;

    private final int score;
    private final double areaDeviation;
    private final int units;
    private final double need;
    private final boolean zoneGiven;
    private final boolean sameZone;
    private final boolean themed;
    private final boolean budgetGiven;
    private final boolean rentKnown;
    private final boolean withinBudget;
    private final boolean topTier;

    /**
     * @param need   the floor space needed, NaN when unknown
     * @param rent   the asking rent weighted by area, NaN when a unit has none
     * @param budget the most rent the company would pay, NaN when unknown
     */
    Fit(double need, double area, TargetZone zoneAsked, TargetZone zone, boolean themed, double budget,
        double rent, int units, TaxTier tier) {
        this.need = need;
        this.units = units;
        this.areaDeviation = Double.isNaN(need) ? 0 : Math.abs(area / need - 1);
        this.zoneGiven = zoneAsked != null;
        this.sameZone = zoneAsked == zone;
        this.themed = themed;
        this.budgetGiven = !Double.isNaN(budget);
        this.rentKnown = !Double.isNaN(rent);
        this.withinBudget = budgetGiven && rentKnown && rent <= budget + 1e-9;
        this.topTier = tier.atLeast(TaxTier.YI);
        this.score = areaPoints() + zonePoints() + (themed ? 10 : 0) + budgetPoints() + unitPoints()
                     + (topTier ? 5 : 0);
    }

    static boolean withinTolerance(double area, double need) {
        return area >= need * LEAST_AREA && area <= need * MOST_AREA;
    }

    int score() {
        return score;
    }

    /** The better first: the higher score, then the area nearer the need, then fewer units. */
    static final Comparator<Fit> BETTER_FIRST = Comparator.comparingInt(Fit::score).reversed()
                                                          .thenComparingDouble(fit -> fit.areaDeviation)
                                                          .thenComparingInt(fit -> fit.units);

    private int areaPoints() {
        return Double.isNaN(need) ? 25 : (int) Math.max(0, Math.round(50 - 100 * areaDeviation));
    }

    private int zonePoints() {
        return !zoneGiven ? 10 : sameZone ? 20 : 0;
    }

    private int budgetPoints() {
        return budgetGiven && rentKnown ? (withinBudget ? 10 : 0) : 5;
    }

    private int unitPoints() {
        return Math.max(0, 6 - units);
    }

    /** The reasons, the ones that earned the most points first. */
    List<MatchReason> reasons(BigDecimal areaM2, BigDecimal needM2, TargetZone zoneAsked, TargetZone zone,
                              Industry industry, BigDecimal rent, BigDecimal budget, TaxTier tier) {
        List<Scored> reasons = new ArrayList<>();
        if (needM2 == null) {
            reasons.add(new Scored(areaPoints(), Code.AREA_UNKNOWN, Map.of("areaM2", figure(areaM2))));
        } else {
            long percent = Math.round(areaM2.doubleValue() * 100 / needM2.doubleValue());
            reasons.add(new Scored(areaPoints(), areaDeviation <= FITS + 1e-9 ? Code.AREA_FITS : Code.AREA_CLOSE,
                                   Map.of("areaM2", figure(areaM2), "needM2", figure(needM2),
                                          "percent", String.valueOf(percent))));
        }
        if (zoneGiven) {
            reasons.add(sameZone ? new Scored(zonePoints(), Code.ZONE, Map.of("zone", zone.name()))
                        : new Scored(zonePoints(), Code.OTHER_ZONE, Map.of("zone", zone.name(), "needZone",
                                                                           zoneAsked.name())));
        }
        if (themed) {
            reasons.add(new Scored(10, Code.THEMED, Map.of("industry", industry.name())));
        }
        if (!rentKnown) {
            reasons.add(new Scored(budgetPoints(), Code.RENT_UNKNOWN,
                                   budget == null ? Map.of() : Map.of("budget", figure(budget))));
        } else if (budgetGiven) {
            reasons.add(new Scored(budgetPoints(), withinBudget ? Code.WITHIN_BUDGET : Code.OVER_BUDGET,
                                   Map.of("rent", figure(rent), "budget", figure(budget))));
        }
        reasons.add(units == 1 ? new Scored(unitPoints(), Code.SINGLE_UNIT, Map.of("units", "1"))
                    : new Scored(unitPoints(), Code.ADJACENT_UNITS, Map.of("units", String.valueOf(units))));
        if (topTier) {
            reasons.add(new Scored(5, Code.TOP_TIER, Map.of("tier", tier.name())));
        }
        return reasons.stream().sorted(Comparator.comparingInt(Scored::points).reversed())
                      .map(scored -> new MatchReason(scored.code(), scored.params())).toList();
    }

    private static String figure(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private record Scored(int points, Code code, Map<String, String> params) {
    }
}
