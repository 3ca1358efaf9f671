package org.zhaoshang.crm.conversion.query;

import java.math.BigDecimal;

/**
 * Sums over signed projects. {@code landInvestmentWan} is the investment of the projects with land, which
 * {@code landAreaMu} divides into investment per 亩.
 */
record SignedTotals(long projects, BigDecimal investmentWan, BigDecimal landInvestmentWan, BigDecimal landAreaMu,
                    BigDecimal floorSpaceM2, long fortune500Projects) {

    static final SignedTotals NONE = new SignedTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                                                      BigDecimal.ZERO, 0);

    static SignedTotals of(LeadJourney journey) {
        BigDecimal investment = orZero(journey.investmentWan);
        boolean land = journey.landAreaMu != null && journey.landAreaMu.signum() > 0;
        return new SignedTotals(1, investment, land ? investment : BigDecimal.ZERO,
                                land ? journey.landAreaMu : BigDecimal.ZERO, orZero(journey.floorSpaceM2),
                                journey.fortune500 ? 1 : 0);
    }

    SignedTotals plus(SignedTotals other, int sign) {
        BigDecimal factor = BigDecimal.valueOf(sign);
        return new SignedTotals(projects + sign * other.projects,
                                investmentWan.add(other.investmentWan.multiply(factor)),
                                landInvestmentWan.add(other.landInvestmentWan.multiply(factor)),
                                landAreaMu.add(other.landAreaMu.multiply(factor)),
                                floorSpaceM2.add(other.floorSpaceM2.multiply(factor)),
                                fortune500Projects + sign * other.fortune500Projects);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
