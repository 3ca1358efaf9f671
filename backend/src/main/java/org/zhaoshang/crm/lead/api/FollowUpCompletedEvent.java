package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FollowUpCompletedEvent(String leadId, String followUpId, String outcome) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
