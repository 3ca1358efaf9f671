package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.Company;
import org.axonframework.serialization.Revision;

/** The company as now known. */
@Revision("1")
public record LeadCompanyUpdatedEvent(String leadId, Company company) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
