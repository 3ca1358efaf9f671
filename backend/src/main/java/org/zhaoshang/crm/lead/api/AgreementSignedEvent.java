package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The investment agreement that wins a lead: the proof behind SIGNED. */
@Revision("1")
public record AgreementSignedEvent(String leadId, LocalDate signedOn, String reference) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
