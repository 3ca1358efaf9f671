package org.zhaoshang.crm.lead.api;

import java.time.Instant;

public record LeadSummary(String leadId,
                          String companyNameEn,
                          String companyNameZh,
                          SourceMarket market,
                          Stage stage,
                          Instant createdAt,
                          Instant stageChangedAt) {
}
