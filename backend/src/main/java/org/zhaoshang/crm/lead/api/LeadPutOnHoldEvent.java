package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.Stage;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record LeadPutOnHoldEvent(String leadId, Stage stage, String reason, LocalDate revisitOn) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
