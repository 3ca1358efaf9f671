package org.zhaoshang.crm.lead.ui;

import org.zhaoshang.crm.lead.api.SourceMarket;

/** What the new-lead form holds. */
public record LeadDraft(String companyNameEn, String companyNameZh, SourceMarket market) {
}
