package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record FollowUpScheduledEvent(String leadId, String followUpId, String nextStep, LocalDate dueOn,
                                     String assignee) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
