package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.Stage;
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
