package org.zhaoshang.crm.space.api;

import org.zhaoshang.crm.building.api.query.Vacancy;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The district's space at a day, from the units' lets and vacancies by the days they say.
 *
 * @param district     the whole district's vacancy
 * @param byZone       each zone with buildings
 * @param vacancyTrend the district's vacancy rate at the end of each of the last 24 months up to the day
 * @param takeUp       area let to new tenants since the plan's start, against the goal
 * @param tiers        buildings per tier in each year with tax, against the plan's targets
 * @param watchList    buildings near their next tier, the nearest first
 */
public record SpaceSummary(LocalDate asOf, Vacancy district, Map<TargetZone, Vacancy> byZone,
                           List<VacancyPoint> vacancyTrend, TakeUp takeUp, List<TierYear> tiers,
                           List<WatchedBuilding> watchList) {

    public record VacancyPoint(LocalDate day, BigDecimal vacancyRate) {
    }

    /**
     * @param monthly area let to new tenants in each month since the plan's start, m²
     */
    public record TakeUp(LocalDate planStart, BigDecimal goalM2, BigDecimal letM2, List<MonthArea> monthly) {
    }

    public record MonthArea(String month, BigDecimal areaM2) {
    }

    /**
     * @param counts  buildings at or above each tier (a 月亿楼 counts among the 亿元楼 too)
     * @param targets the plan's targets (亿元楼 38, 月亿楼 3)
     * @param sofar   whether the year is still running (its tax so far)
     */
    public record TierYear(int year, Map<TaxTier, Integer> counts, Map<TaxTier, Integer> targets, boolean sofar) {
    }

    /**
     * @param taxWan   the tax the tier is judged on: the running year's so far, the tier reached on it
     * @param paceWan  the running year's tax at its pace so far over a whole year
     * @param gapWan   what the next tier still needs
     */
    public record WatchedBuilding(String buildingId, String nameZh, String nameEn, TargetZone zone, TaxTier tier,
                                 TaxTier nextTier, BigDecimal taxWan, BigDecimal paceWan, BigDecimal gapWan) {
    }
}
