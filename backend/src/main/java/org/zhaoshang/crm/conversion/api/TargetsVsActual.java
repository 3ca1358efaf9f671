package org.zhaoshang.crm.conversion.api;

import java.math.BigDecimal;

/**
 * A year's targets (null when none were set) and what was achieved: the leads that reached SIGNED in the year, with
 * their figures as they are now.
 *
 * @param investmentPerMuWan the signed land projects' investment together divided by their land together, or null
 * @param landProjectsBelowBar signed land projects whose own investment per 亩 is below the targets' bar (5,500 万元
 *                             when no target is set)
 */
public record TargetsVsActual(int year, YearTargets targets, long signedProjects, BigDecimal signedInvestmentWan,
                              BigDecimal investmentPerMuWan, long landProjectsBelowBar, BigDecimal floorSpaceM2,
                              long fortune500Projects, long version) {
}
