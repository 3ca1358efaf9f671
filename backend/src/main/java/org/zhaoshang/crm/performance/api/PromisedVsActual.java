package org.zhaoshang.crm.performance.api;

import java.math.BigDecimal;

/**
 * What a slice's projects promised against what has arrived and been verified, at the day looked at. Amounts in 万元
 * of CNY; per 亩 figures over the land projects with land (null when none has land).
 *
 * @param capitalCommittedWan       the capital schedules promised, all tranches
 * @param capitalDueWan             of it, the tranches due by the day
 * @param capitalArrivedWan         capital reported arrived by the day, verified or waiting (not returned)
 * @param capitalVerifiedWan        of it, verified
 * @param landMu                    the land projects' land together
 * @param promisedInvestmentPerMuWan the land projects' total investment promised / their land
 * @param builtInvestmentPerMuWan   the land projects' verified capital arrived / their land (as built)
 * @param promisedTaxPerMuWan       the land projects' yearly tax promised at full production / their land
 * @param taxYear                   the year whose tax is counted: the last full year before the day
 * @param builtTaxPerMuWan          the land projects' verified tax of {@code taxYear} / their land
 * @param barPerMuWan               the district's bar for investment per 亩 (5,500 万元)
 * @param landProjectsBelowBar      land projects whose own investment per 亩 as built is below the bar
 * @param landProjectsPromisedBelowBar land projects whose own promised investment per 亩 is below the bar
 * @param investmentWan             the total investment the agreements promise (as their commitments stood at the
 *                                  day; a capital increase its increase), every project of the slice
 */
public record PromisedVsActual(BigDecimal capitalCommittedWan, BigDecimal capitalDueWan, BigDecimal capitalArrivedWan,
                               BigDecimal capitalVerifiedWan, BigDecimal landMu,
                               BigDecimal promisedInvestmentPerMuWan, BigDecimal builtInvestmentPerMuWan,
                               BigDecimal promisedTaxPerMuWan, int taxYear, BigDecimal builtTaxPerMuWan,
                               BigDecimal barPerMuWan, long landProjectsBelowBar, long landProjectsPromisedBelowBar,
                               BigDecimal investmentWan) {

    /** Without the total investment (null). */
    public PromisedVsActual(BigDecimal capitalCommittedWan, BigDecimal capitalDueWan, BigDecimal capitalArrivedWan,
                            BigDecimal capitalVerifiedWan, BigDecimal landMu, BigDecimal promisedInvestmentPerMuWan,
                            BigDecimal builtInvestmentPerMuWan, BigDecimal promisedTaxPerMuWan, int taxYear,
                            BigDecimal builtTaxPerMuWan, BigDecimal barPerMuWan, long landProjectsBelowBar,
                            long landProjectsPromisedBelowBar) {
        this(capitalCommittedWan, capitalDueWan, capitalArrivedWan, capitalVerifiedWan, landMu,
             promisedInvestmentPerMuWan, builtInvestmentPerMuWan, promisedTaxPerMuWan, taxYear, builtTaxPerMuWan,
             barPerMuWan, landProjectsBelowBar, landProjectsPromisedBelowBar, null);
    }
}
