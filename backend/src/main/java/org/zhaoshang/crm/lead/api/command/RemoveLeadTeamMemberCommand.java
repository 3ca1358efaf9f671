package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes a user off the lead's team. */
public record RemoveLeadTeamMemberCommand(@TargetAggregateIdentifier String leadId, String member,
                                          @TargetAggregateVersion Long expectedVersion) {
}
