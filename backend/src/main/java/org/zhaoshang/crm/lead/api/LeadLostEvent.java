package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record LeadLostEvent(String leadId, Stage stage, LossReason reason, String detail, String competingLocation,
                            LocalDate occurredOn) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
