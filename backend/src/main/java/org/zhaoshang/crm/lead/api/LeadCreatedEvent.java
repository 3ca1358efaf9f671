package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * @param owner        the staff member responsible for the lead: whoever recorded it
 * @param identifiedOn the day the company was first identified as a lead
 */
@Revision("1")
public record LeadCreatedEvent(String leadId, Company company, SourceMarket market, Channel channel,
                               String introducedBy, String owner, LocalDate identifiedOn) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
