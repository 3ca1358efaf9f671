package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LeadCreatedEvent(String leadId, String companyNameEn, String companyNameZh, SourceMarket market) {
}
