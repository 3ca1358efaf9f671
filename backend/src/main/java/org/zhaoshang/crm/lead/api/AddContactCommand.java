package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddContactCommand(@TargetAggregateIdentifier String leadId, String contactId, Contact contact,
                                @TargetAggregateVersion Long expectedVersion) {
}
