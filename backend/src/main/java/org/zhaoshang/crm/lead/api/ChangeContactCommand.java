package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces what is recorded of a contact (every field). */
public record ChangeContactCommand(@TargetAggregateIdentifier String leadId, String contactId, Contact contact,
                                   @TargetAggregateVersion Long expectedVersion) {
}
