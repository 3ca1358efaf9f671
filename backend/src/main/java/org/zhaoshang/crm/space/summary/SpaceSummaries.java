package org.zhaoshang.crm.space.summary;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.building.api.query.Vacancy;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.state.YearTax;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.space.api.FindSpaceSummaryQuery;
import org.zhaoshang.crm.space.api.SpaceSummary;
import org.zhaoshang.crm.space.api.SpaceSummary.MonthArea;
import org.zhaoshang.crm.space.api.SpaceSummary.TakeUp;
import org.zhaoshang.crm.space.api.SpaceSummary.TierYear;
import org.zhaoshang.crm.space.api.SpaceSummary.VacancyPoint;
import org.zhaoshang.crm.space.api.SpaceSummary.WatchedBuilding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The district's space at a day, from the units' let and vacate days over the units as now laid out. A reservation
 * counts as reserved from the day it was recorded to its last day, or to the day its end or its let was recorded:
 * as known on the asked day. Tax and tiers are as known now (a year's figure recorded later still is that year's).
 * Staff, managers and leaders read it.
 */
@Component
class SpaceSummaries {

    static final String READING = "The space summary";
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final int TREND_MONTHS = 24;
    private static final TaxTier[] COUNTED = {TaxTier.MONTHLY_YI, TaxTier.YI, TaxTier.NEAR_YI, TaxTier.TEN_MILLION};

    private final SpaceProjection projection;
    private final Clock clock;
    private final LocalDate planStart;
    private final BigDecimal goalM2;
    private final Map<TaxTier, Integer> targets;

    SpaceSummaries(SpaceProjection projection, Clock clock,
                   @Value("${zhaoshang.space.plan-start:}") String planStart,
                   @Value("${zhaoshang.space.goal-m2:1000000}") BigDecimal goalM2,
                   @Value("${zhaoshang.space.target-yi:38}") int targetYi,
                   @Value("${zhaoshang.space.target-monthly-yi:3}") int targetMonthlyYi) {
        this.projection = projection;
        this.clock = clock;
        this.planStart = planStart == null || planStart.isBlank() ? null : LocalDate.parse(planStart.strip());
        this.goalM2 = goalM2;
        Map<TaxTier, Integer> planned = new EnumMap<>(TaxTier.class);
        planned.put(TaxTier.MONTHLY_YI, targetMonthlyYi);
        planned.put(TaxTier.YI, targetYi);
        this.targets = planned;
    }

    @QueryHandler
    SpaceSummary handle(FindSpaceSummaryQuery query, MetaData metaData) {
        Caller.from(metaData).require(READING, Role.STAFF, Role.MANAGER, Role.LEADER);
        LocalDate today = BureauTime.today(clock);
        new Violations().notAfter("asOf", query.asOf(), today)
                        .check(query.asOf() == null || !query.asOf().isBefore(FIRST_DAY), "asOf", "range",
                               "must be " + FIRST_DAY + " or later").throwIfAny();
        LocalDate day = query.asOf() == null ? today : query.asOf();
        List<BuildingSpace> buildings = projection.buildings();
        Map<TargetZone, Vacancy> byZone = new EnumMap<>(TargetZone.class);
        Vacancy district = Vacancy.NONE;
        for (BuildingSpace building : buildings) {
            Vacancy vacancy = building.vacancyOn(day);
            district = district.plus(vacancy);
            byZone.merge(building.profile().zone(), vacancy, Vacancy::plus);
        }
        return new SpaceSummary(day, district, byZone, trend(buildings, day), takeUp(buildings, day),
                                tiers(buildings, day, today), WatchList.of(buildings, day.getYear()));
    }

    /** The district's vacancy rate at the end of each of the last months, the day itself last. */
    private static List<VacancyPoint> trend(List<BuildingSpace> buildings, LocalDate day) {
        List<VacancyPoint> points = new ArrayList<>();
        YearMonth month = YearMonth.from(day);
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            LocalDate end = back == 0 ? day : month.minusMonths(back).atEndOfMonth();
            BigDecimal commercial = BigDecimal.ZERO;
            BigDecimal notLet = BigDecimal.ZERO;
            for (BuildingSpace building : buildings) {
                commercial = commercial.add(building.profile().commercialAreaM2());
                notLet = notLet.add(building.notLetOn(end));
            }
            points.add(new VacancyPoint(end, Vacancy.of(commercial, notLet, BigDecimal.ZERO, BigDecimal.ZERO)
                                                    .vacancyRate()));
        }
        return points;
    }

    /** The area of the units let from the plan's start to the day, each let by the month of its first day. */
    private TakeUp takeUp(List<BuildingSpace> buildings, LocalDate day) {
        LocalDate start = planStart != null ? planStart : LocalDate.of(day.getYear(), 1, 1);
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(day)); month = month.plusMonths(1)) {
            months.put(month, BigDecimal.ZERO);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BuildingSpace building : buildings) {
            for (UnitDays unit : building.units()) {
                for (UnitDays.Period let : unit.lets()) {
                    if (!let.first().isBefore(start) && !let.first().isAfter(day)) {
                        total = total.add(unit.areaM2());
                        months.merge(YearMonth.from(let.first()), unit.areaM2(), BigDecimal::add);
                    }
                }
            }
        }
        List<MonthArea> monthly = months.entrySet().stream()
                                        .map(month -> new MonthArea(month.getKey().toString(), month.getValue()))
                                        .toList();
        return new TakeUp(start, goalM2, total, monthly);
    }

    /** Buildings at or above each tier in every year with tax up to the day's year; the running year so far. */
    private List<TierYear> tiers(List<BuildingSpace> buildings, LocalDate day, LocalDate today) {
        TreeSet<Integer> years = new TreeSet<>();
        buildings.forEach(building -> building.taxYears().forEach(tax -> years.add(tax.year())));
        List<TierYear> tiers = new ArrayList<>();
        for (int year : years.headSet(day.getYear(), true)) {
            Map<TaxTier, Integer> counts = new EnumMap<>(TaxTier.class);
            for (TaxTier tier : COUNTED) {
                counts.put(tier, 0);
            }
            for (BuildingSpace building : buildings) {
                TaxTier tier = building.taxYears().stream().filter(tax -> tax.year() == year).findFirst()
                                       .map(YearTax::tier).orElse(TaxTier.NONE);
                for (TaxTier counted : COUNTED) {
                    if (tier.atLeast(counted)) {
                        counts.merge(counted, 1, Integer::sum);
                    }
                }
            }
            tiers.add(new TierYear(year, counts, targets, year == today.getYear()));
        }
        return tiers;
    }
}
