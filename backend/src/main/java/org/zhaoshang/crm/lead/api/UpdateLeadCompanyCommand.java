package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces what is known of the company (every field; null clears it). */
public record UpdateLeadCompanyCommand(@TargetAggregateIdentifier String leadId,
                                       Company company,
                                       @TargetAggregateVersion Long expectedVersion) {
}
