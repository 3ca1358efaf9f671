package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LeadReassignedEvent(String leadId, String from, String to) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
