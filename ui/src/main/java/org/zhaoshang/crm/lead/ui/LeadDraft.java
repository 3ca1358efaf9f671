package org.zhaoshang.crm.lead.ui;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.time.LocalDate;

/** What the new-lead form holds. */
public record LeadDraft(String companyNameEn, String companyNameZh, SourceMarket market, Channel channel,
                        String introducedBy, LocalDate identifiedOn) {
}
