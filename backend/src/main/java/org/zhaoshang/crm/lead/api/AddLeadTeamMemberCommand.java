package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Puts a user (staff member or ambassador) on the lead's team: they may then see and work on it. */
public record AddLeadTeamMemberCommand(@TargetAggregateIdentifier String leadId, String member,
                                       @TargetAggregateVersion Long expectedVersion) {
}
