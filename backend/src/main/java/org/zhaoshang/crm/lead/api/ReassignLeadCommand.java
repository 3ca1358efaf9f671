package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands a lead to another staff member. */
public record ReassignLeadCommand(@TargetAggregateIdentifier String leadId, String owner,
                                  @TargetAggregateVersion Long expectedVersion) {
}
