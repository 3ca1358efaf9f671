package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.Contact;
import org.axonframework.serialization.Revision;

/** Revision 2 splits the contact's name into family and given name; revision 1 events are upcast. */
@Revision("2")
public record ContactAddedEvent(String leadId, String contactId, Contact contact) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
