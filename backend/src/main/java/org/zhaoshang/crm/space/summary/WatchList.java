package org.zhaoshang.crm.space.summary;

import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.state.YearTax;
import org.zhaoshang.crm.space.api.SpaceSummary.WatchedBuilding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The buildings near their next tier in a year: those whose tax so far, or its pace over the whole year (so far /
 * months recorded × 12; a year's figure is its own pace), reaches 80% of the next tier's threshold. For the 月亿楼 the
 * best month is what is measured. The nearest first: the smallest share of the threshold still missing.
 */
final class WatchList {

    static final BigDecimal NEAR = new BigDecimal("0.8");
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private WatchList() {
    }

    static List<WatchedBuilding> of(List<BuildingSpace> buildings, int year) {
        return buildings.stream().map(building -> watched(building, year)).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(WatchList::missingShare)
                                          .thenComparing(WatchedBuilding::nameZh)
                                          .thenComparing(WatchedBuilding::buildingId))
                        .toList();
    }

    private static WatchedBuilding watched(BuildingSpace building, int year) {
        YearTax tax = building.taxYears().stream().filter(known -> known.year() == year).findFirst().orElse(null);
        if (tax == null || tax.totalWan() == null) {
            return null;
        }
        TaxTier tier = tax.tier();
        TaxTier next = tier.next();
        if (next == null) {
            return null;
        }
        BigDecimal so = tax.totalWan();
        BigDecimal pace = tax.enteredYearWan() != null || tax.months().isEmpty() ? so
                : so.multiply(MONTHS).divide(BigDecimal.valueOf(tax.months().size()), 2, RoundingMode.HALF_UP);
        BigDecimal measured = next == TaxTier.MONTHLY_YI ? tax.bestMonthWan().orElse(BigDecimal.ZERO) : so;
        BigDecimal measuredPace = next == TaxTier.MONTHLY_YI ? measured : pace;
        BigDecimal threshold = next.thresholdWan();
        if (measured.max(measuredPace).compareTo(threshold.multiply(NEAR)) < 0) {
            return null;
        }
        return new WatchedBuilding(building.buildingId(), building.profile().nameZh(), building.profile().nameEn(),
                                   building.profile().zone(), tier, next, so, pace,
                                   threshold.subtract(measured).max(BigDecimal.ZERO));
    }

    private static BigDecimal missingShare(WatchedBuilding watched) {
        return watched.gapWan().divide(watched.nextTier().thresholdWan(), 6, RoundingMode.HALF_UP);
    }
}
