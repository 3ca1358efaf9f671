package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LeadTeamMemberAddedEvent(String leadId, String member) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
