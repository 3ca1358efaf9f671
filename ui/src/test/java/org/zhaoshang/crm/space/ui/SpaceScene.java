package org.zhaoshang.crm.space.ui;

import org.zhaoshang.crm.building.api.query.Vacancy;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.space.api.MatchReason;
import org.zhaoshang.crm.space.api.SpaceMatch;
import org.zhaoshang.crm.space.api.SpaceSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixed answers of the space queries (the read models have their own tests): what the views make of them. */
final class SpaceScene {

    static final LocalDate TODAY = LocalDate.now(BureauTime.ZONE);
    static final int YEAR = TODAY.getYear();

    private SpaceScene() {
    }

    static SpaceSummary summary(LocalDate asOf) {
        Map<TargetZone, Vacancy> byZone = new LinkedHashMap<>();
        byZone.put(TargetZone.FINANCIAL_CITY_CLUSTER, vacancy("400000", "60000", "4000", "336000", "0.16"));
        byZone.put(TargetZone.MINGFU_OLD_CITY, vacancy("100000", "20000", "0", "80000", "0.2"));
        List<SpaceSummary.TierYear> tiers = List.of(
                tierYear(YEAR - 2, 30, 2, 8, 20, false),
                tierYear(YEAR - 1, 35, 3, 9, 22, false),
                tierYear(YEAR, 31, 1, 10, 21, true));
        List<SpaceSummary.WatchedBuilding> watch = List.of(new SpaceSummary.WatchedBuilding(
                "b-lujia", "泉城金融中心", "Quancheng Finance Centre", TargetZone.FINANCIAL_CITY_CLUSTER,
                TaxTier.NEAR_YI, TaxTier.YI, new BigDecimal("8200"), new BigDecimal("10932"), new BigDecimal("1800")));
        List<SpaceSummary.VacancyPoint> trend = List.of(
                new SpaceSummary.VacancyPoint(asOf.minusMonths(2).withDayOfMonth(1).minusDays(1), new BigDecimal("0.19")),
                new SpaceSummary.VacancyPoint(asOf.minusMonths(1).withDayOfMonth(1).minusDays(1), new BigDecimal("0.18")),
                new SpaceSummary.VacancyPoint(asOf, new BigDecimal("0.1680")));
        SpaceSummary.TakeUp takeUp = new SpaceSummary.TakeUp(
                LocalDate.of(YEAR, 1, 1), new BigDecimal("1000000"), new BigDecimal("125000"),
                List.of(new SpaceSummary.MonthArea(YEAR + "-01", new BigDecimal("50000")),
                        new SpaceSummary.MonthArea(YEAR + "-02", new BigDecimal("75000"))));
        return new SpaceSummary(asOf, vacancy("500000", "80000", "4000", "416000", "0.1680"), byZone, trend, takeUp,
                                tiers, watch);
    }

    private static Vacancy vacancy(String commercial, String vacant, String reserved, String let, String rate) {
        return new Vacancy(new BigDecimal(commercial), new BigDecimal(vacant), new BigDecimal(reserved),
                           new BigDecimal(let), new BigDecimal(rate));
    }

    private static SpaceSummary.TierYear tierYear(int year, int yi, int monthly, int near, int tenMillion,
                                                  boolean sofar) {
        Map<TaxTier, Integer> counts = new LinkedHashMap<>();
        counts.put(TaxTier.MONTHLY_YI, monthly);
        counts.put(TaxTier.YI, yi);
        counts.put(TaxTier.NEAR_YI, yi + near);
        counts.put(TaxTier.TEN_MILLION, yi + near + tenMillion);
        return new SpaceSummary.TierYear(year, counts, Map.of(TaxTier.YI, 38, TaxTier.MONTHLY_YI, 3), sofar);
    }

    /** Two matches: one unit of 3,000 m², and two adjacent units together. */
    static List<SpaceMatch> matches() {
        return List.of(
                new SpaceMatch("b-lujia", "泉城金融中心", "Quancheng Finance Centre", TargetZone.FINANCIAL_CITY_CLUSTER,
                               TaxTier.YI, 12, List.of("u-1201"), List.of("1201"), new BigDecimal("3050"),
                               new BigDecimal("4.5"), 92, List.of(
                        new MatchReason(MatchReason.Code.AREA_FITS, Map.of("areaM2", "3050", "needM2", "3000")),
                        new MatchReason(MatchReason.Code.ZONE, Map.of("zone", "FINANCIAL_CITY_CLUSTER")),
                        new MatchReason(MatchReason.Code.WITHIN_BUDGET, Map.of("rent", "4.5", "budget", "5")))),
                new SpaceMatch("b-mingfu", "明府大厦", "Mingfu Tower", TargetZone.MINGFU_OLD_CITY, TaxTier.NONE, 8,
                               List.of("u-801", "u-802"), List.of("801", "802"), new BigDecimal("2900"), null, 70,
                               List.of(new MatchReason(MatchReason.Code.ADJACENT_UNITS, Map.of("units", "2")),
                                       new MatchReason(MatchReason.Code.OTHER_ZONE,
                                                       Map.of("zone", "MINGFU_OLD_CITY")),
                                       new MatchReason(MatchReason.Code.RENT_UNKNOWN, Map.of()))));
    }
}
