package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.Priority;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LeadAssessmentUpdatedEvent(String leadId, Priority priority, Integer likelihoodPercent,
                                         String responsibleLeader) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
