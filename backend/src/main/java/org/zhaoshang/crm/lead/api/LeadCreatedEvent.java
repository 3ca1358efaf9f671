package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

/** @param owner the staff member responsible for the lead: whoever recorded it */
@Revision("1")
public record LeadCreatedEvent(String leadId, Company company, SourceMarket market, Channel channel,
                               String introducedBy, String owner) {
}
