package org.zhaoshang.crm.lead.api;

import java.math.BigDecimal;
import java.time.Instant;

/** @param version the lead's version: give it as {@code expectedVersion} to change the lead safely */
public record LeadSummary(String leadId,
                          String companyNameEn,
                          String companyNameZh,
                          SourceMarket market,
                          Stage stage,
                          LeadStatus status,
                          BigDecimal plannedInvestmentCnyWan,
                          Instant createdAt,
                          Instant stageChangedAt,
                          long version) {
}
