package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CompleteFollowUpCommand(@TargetAggregateIdentifier String leadId, String followUpId, String outcome,
                                      @TargetAggregateVersion Long expectedVersion) {
}
