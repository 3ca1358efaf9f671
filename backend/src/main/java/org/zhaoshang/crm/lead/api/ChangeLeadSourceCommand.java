package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects where a lead came from and who gets the credit. */
public record ChangeLeadSourceCommand(@TargetAggregateIdentifier String leadId,
                                      SourceMarket market,
                                      Channel channel,
                                      String introducedBy,
                                      @TargetAggregateVersion Long expectedVersion) {
}
