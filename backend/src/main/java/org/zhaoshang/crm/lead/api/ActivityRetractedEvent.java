package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ActivityRetractedEvent(String leadId, String activityId, String reason) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
