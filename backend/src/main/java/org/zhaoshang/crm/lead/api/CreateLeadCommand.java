package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a company as a new lead. At least one of the two company names is required. */
public record CreateLeadCommand(@TargetAggregateIdentifier String leadId,
                                String companyNameEn,
                                String companyNameZh,
                                SourceMarket market) {
}
