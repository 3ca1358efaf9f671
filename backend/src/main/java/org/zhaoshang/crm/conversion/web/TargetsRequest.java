package org.zhaoshang.crm.conversion.web;

import org.zhaoshang.crm.conversion.api.YearTargets;

import java.math.BigDecimal;

/**
 * The year's targets (any may be left out), and the version they were read at (from {@code GET /api/targets/{year}})
 * when some were set before.
 */
public record TargetsRequest(Integer signedProjects, BigDecimal signedInvestmentWan, BigDecimal investmentPerMuWan,
                             BigDecimal floorSpaceM2, Integer fortune500Projects, Long expectedVersion) {

    YearTargets targets() {
        return new YearTargets(signedProjects, signedInvestmentWan, investmentPerMuWan, floorSpaceM2,
                               fortune500Projects);
    }
}
