package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes a lead on hold or lost back into work, at the stage where it stopped. */
public record ReopenLeadCommand(@TargetAggregateIdentifier String leadId,
                                String comment,
                                @TargetAggregateVersion Long expectedVersion) {
}
