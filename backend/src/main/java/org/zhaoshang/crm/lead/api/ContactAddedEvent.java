package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ContactAddedEvent(String leadId, String contactId, Contact contact) {
}
