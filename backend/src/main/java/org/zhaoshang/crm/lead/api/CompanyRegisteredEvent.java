package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The company registered in the district: the proof behind LANDED. */
@Revision("1")
public record CompanyRegisteredEvent(String leadId, LocalDate registeredOn) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
