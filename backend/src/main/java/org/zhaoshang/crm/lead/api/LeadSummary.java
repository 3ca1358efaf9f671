package org.zhaoshang.crm.lead.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * @param identifiedOn the day the company was first identified as a lead
 * @param createdAt    when the lead was recorded
 * @param version      the lead's version: give it as {@code expectedVersion} to change the lead safely
 */
public record LeadSummary(String leadId,
                          String companyNameEn,
                          String companyNameZh,
                          SourceMarket market,
                          Stage stage,
                          LeadStatus status,
                          BigDecimal plannedInvestmentCnyWan,
                          LocalDate identifiedOn,
                          Instant createdAt,
                          Instant stageChangedAt,
                          long version) {
}
