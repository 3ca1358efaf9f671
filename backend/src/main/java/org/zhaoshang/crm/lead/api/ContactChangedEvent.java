package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.Contact;
import org.axonframework.serialization.Revision;

/** The contact as now recorded. Revision 2 splits its name into family and given name; revision 1 events are upcast. */
@Revision("2")
public record ContactChangedEvent(String leadId, String contactId, Contact contact) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
