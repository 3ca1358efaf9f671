package org.zhaoshang.crm.project.api.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's signings towards the targets. Reported: the signed projects of the year that stand (not withdrawn), with
 * their total investment; verified: those of them whose agreement (a progress fact AGREEMENT with its scan) a manager
 * other than its recorder verified (认定), each project counted once. A capital increase counts its increase alone.
 *
 * @param reportedInvestmentWan 万元 of CNY, the total investment the reported projects promise
 * @param verifiedInvestmentWan the same for the verified ones
 * @param verifiedLeadIds       the leads of the verified projects, for the figure to open them
 */
public record Signings(int year, int reportedProjects, BigDecimal reportedInvestmentWan, int verifiedProjects,
                       BigDecimal verifiedInvestmentWan, List<String> reportedLeadIds, List<String> verifiedLeadIds) {
}
