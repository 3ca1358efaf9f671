package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;

/** The contact as now recorded. */
@Revision("1")
public record ContactChangedEvent(String leadId, String contactId, Contact contact) {
}
