package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RemoveContactCommand(@TargetAggregateIdentifier String leadId, String contactId,
                                   @TargetAggregateVersion Long expectedVersion) {
}
