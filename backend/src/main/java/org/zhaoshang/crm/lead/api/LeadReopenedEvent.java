package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LeadReopenedEvent(String leadId, LeadStatus from, Stage stage, String comment) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
