package org.zhaoshang.crm.building.api.value;

import java.math.BigDecimal;

/**
 * A building's tier by the tax its tenants paid in a year (domain.md, "Buildings and space"), highest first. A 月亿楼
 * is also counted among the 亿元楼 ({@link #atLeast}).
 */
public enum TaxTier {
    /** 月亿楼: at least 1 亿元 (10,000 万元) in a single month of the year */
    MONTHLY_YI(new BigDecimal("10000")),
    /** 亿元楼: at least 1 亿元 in the year */
    YI(new BigDecimal("10000")),
    /** 准亿元楼: 5,000 to 10,000 万元 in the year */
    NEAR_YI(new BigDecimal("5000")),
    /** 千万楼: at least 1,000 万元 in the year */
    TEN_MILLION(new BigDecimal("1000")),
    NONE(BigDecimal.ZERO);

    private final BigDecimal thresholdWan;

    TaxTier(BigDecimal thresholdWan) {
        this.thresholdWan = thresholdWan;
    }

    /** 万元 the year (for {@link #MONTHLY_YI}: one month) must reach. */
    public BigDecimal thresholdWan() {
        return thresholdWan;
    }

    /**
     * The tier of a year.
     *
     * @param yearWan      the year's tax (null: none recorded)
     * @param bestMonthWan the highest single month's tax recorded in the year (null: no month recorded)
     */
    public static TaxTier of(BigDecimal yearWan, BigDecimal bestMonthWan) {
        if (bestMonthWan != null && bestMonthWan.compareTo(MONTHLY_YI.thresholdWan) >= 0) {
            return MONTHLY_YI;
        }
        if (yearWan == null) {
            return NONE;
        }
        for (TaxTier tier : new TaxTier[] {YI, NEAR_YI, TEN_MILLION}) {
            if (yearWan.compareTo(tier.thresholdWan) >= 0) {
                return tier;
            }
        }
        return NONE;
    }

    /** Whether this tier counts as the other one too (a 月亿楼 is a 亿元楼 and a 千万楼). */
    public boolean atLeast(TaxTier other) {
        return ordinal() <= other.ordinal();
    }

    /** The tier above (null for {@link #MONTHLY_YI}). */
    public TaxTier next() {
        return this == MONTHLY_YI ? null : values()[ordinal() - 1];
    }
}
