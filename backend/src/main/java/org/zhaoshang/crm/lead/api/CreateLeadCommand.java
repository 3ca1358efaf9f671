package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a company as a new lead, owned by whoever records it.
 *
 * @param channel      how it was found; optional
 * @param introducedBy the ambassador or partner who introduced it (the credit for a win); optional
 */
public record CreateLeadCommand(@TargetAggregateIdentifier String leadId,
                                Company company,
                                SourceMarket market,
                                Channel channel,
                                String introducedBy) {
}
