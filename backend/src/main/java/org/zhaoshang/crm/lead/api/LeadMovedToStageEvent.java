package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.Stage;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record LeadMovedToStageEvent(String leadId, Stage from, Stage to, LocalDate occurredOn, String comment) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
