package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record FollowUpRescheduledEvent(String leadId, String followUpId, LocalDate from, LocalDate dueOn,
                                       String reason) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
