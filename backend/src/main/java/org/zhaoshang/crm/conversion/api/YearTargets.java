package org.zhaoshang.crm.conversion.api;

import java.math.BigDecimal;

/**
 * What a bureau sets out to achieve in a year. Any may be left out.
 *
 * @param investmentPerMuWan the bar each land project's investment per 亩 is held to (the district's is 5,500 万元)
 */
public record YearTargets(Integer signedProjects, BigDecimal signedInvestmentWan, BigDecimal investmentPerMuWan,
                          BigDecimal floorSpaceM2, Integer fortune500Projects) {

    /** The district's bar for investment per 亩 of land when a year sets none: 5,500 万元. */
    public static final BigDecimal DISTRICT_BAR_PER_MU_WAN = new BigDecimal("5500");

}
