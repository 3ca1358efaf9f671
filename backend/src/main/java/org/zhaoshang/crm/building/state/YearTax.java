package org.zhaoshang.crm.building.state;

import org.zhaoshang.crm.building.api.value.TaxTier;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A building's tax in one year: the year's figure when one was recorded, and the months recorded.
 *
 * @param enteredYearWan the year's figure as recorded (null: only months)
 * @param monthsWan      month (1 to 12) to 万元
 */
public record YearTax(int year, BigDecimal enteredYearWan, SortedMap<Integer, BigDecimal> monthsWan) {

    public YearTax {
        monthsWan = Collections.unmodifiableSortedMap(new TreeMap<>(monthsWan));
    }

    static YearTax empty(int year) {
        return new YearTax(year, null, new TreeMap<>());
    }

    YearTax recorded(Integer month, BigDecimal amountWan) {
        if (month == null) {
            return new YearTax(year, amountWan, monthsWan);
        }
        TreeMap<Integer, BigDecimal> months = new TreeMap<>(monthsWan);
        months.put(month, amountWan);
        return new YearTax(year, enteredYearWan, months);
    }

    /** The year's tax: the year's figure when recorded, else the sum of its months (null when nothing is). */
    public BigDecimal totalWan() {
        if (enteredYearWan != null) {
            return enteredYearWan;
        }
        return monthsWan.isEmpty() ? null : monthsWan.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The highest single month recorded, if any. */
    public Optional<BigDecimal> bestMonthWan() {
        return monthsWan.values().stream().max(BigDecimal::compareTo);
    }

    public TaxTier tier() {
        return TaxTier.of(totalWan(), bestMonthWan().orElse(null));
    }

    /** The months recorded, read only. */
    public Map<Integer, BigDecimal> months() {
        return monthsWan;
    }
}
