package org.zhaoshang.crm.eventstore.benchmark;

import org.axonframework.serialization.Revision;

/** Shaped like a lead event of the product: ids, names in two scripts, a market, an amount, a comment. */
@Revision("1")
public record BenchmarkEvent(String leadId, String companyNameEn, String companyNameZh, String market,
                             long plannedInvestmentWan, String recordedBy, String comment) {

    public static BenchmarkEvent sample(String leadId) {
        return new BenchmarkEvent(leadId, "Mizuho Financial Group, Inc.", "瑞穗金融集团株式会社", "JAPAN", 250_000,
                                  "staff-zhang.wei",
                                  "First meeting at the Jinan International Financial City; interested in a "
                                          + "regional fund management office and 2,000 m² of floor space.");
    }
}
